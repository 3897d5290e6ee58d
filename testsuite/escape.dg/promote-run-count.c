/* Promoted sites no longer call the allocator: malloc, calloc and free
   are counted through the linker's --wrap.  Sites that are not promoted
   still call it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -Wl,--wrap=malloc -Wl,--wrap=calloc -Wl,--wrap=free -fchecking" } */

#include <stdlib.h>
#include <string.h>

extern void *__real_malloc (size_t);
extern void *__real_calloc (size_t, size_t);
extern void __real_free (void *);
static int mallocs, callocs, frees;

void *__wrap_malloc (size_t n) { mallocs++; return __real_malloc (n); }
void *__wrap_calloc (size_t n, size_t m) { callocs++; return __real_calloc (n, m); }
void __wrap_free (void *p) { if (p) frees++; __real_free (p); }

static int
square_sum (int n)
{
  int *v = malloc (8 * sizeof *v);
  for (int i = 0; i < 8; i++)
    v[i] = i * n;
  int s = 0;
  for (int i = 0; i < 8; i++)
    s += v[i] * v[i];
  free (v);
  return s;
}

static int
zeroed (void)
{
  int *z = calloc (8, sizeof *z);
  int s = 0;
  for (int i = 0; i < 8; i++)
    s += z[i];
  free (z);
  return s;
}

int *kept;

static void
keep (void)
{
  kept = malloc (sizeof *kept);	/* escapes: still a real malloc */
}

int
main (void)
{
  int s = 0;
  for (int i = 0; i < 100; i++)
    s += square_sum (i);
  if (s != 140 * 328350)
    abort ();
  if (zeroed () != 0)
    abort ();
  keep ();
  if (mallocs != 1 || callocs != 0)
    abort ();
  free (kept);
  if (frees != 1)
    abort ();
  return 0;
}
