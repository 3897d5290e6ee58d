/* A malloc (16) passed to a noescape parameter of a prototype (in a
   header) and freed is promoted: the program no longer calls malloc or
   free for it, and still computes the same.  The callee is defined
   weak, so the plugin uses no summary of its body, only the prototype;
   the body is checked against the prototype's attribute.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -Wl,--wrap=malloc -Wl,--wrap=free" } */

#include <stdlib.h>
#include <string.h>
#include "noescape-prototypes.h"

extern void *__real_malloc (size_t);
extern void __real_free (void *);
static int mallocs, frees;
char *last;

void *__wrap_malloc (size_t n) { mallocs++; return __real_malloc (n); }
void __wrap_free (void *p) { if (p) frees++; __real_free (p); }

__attribute__ ((weak, noinline)) void
copy_in (const char *src, char *dst, size_t n)
{
  memcpy (dst, src, n);
}

static void
count (char *item)
{
  mallocs += 100 * (item[0] == 'y');
}

void (*on_item) (char *item __attribute__ ((noescape))) = count;

__attribute__ ((noinline)) static int
promoted (void)
{
  char *p = malloc (16);
  copy_in ("x", p, 2);
  int r = p[0] == 'x' && p[1] == 0;
  free (p);
  return r;
}

__attribute__ ((noinline)) static int
promoted_indirect (void)
{
  char *p = malloc (16);
  p[0] = 'z';
  on_item (p);
  int r = p[0] == 'z';
  free (p);
  return r;
}

int
main (void)
{
  if (!promoted () || !promoted_indirect ())
    abort ();
  if (mallocs != 0 || frees != 0)
    abort ();
  /* Not promoted: the same allocation, also stored in a global.  */
  char *p = malloc (16);
  last = p;
  copy_in ("y", p, 2);
  on_item (p);
  if (mallocs != 101)
    abort ();
  free (p);
  if (frees != 1)
    abort ();
  return 0;
}
