/* Promoted code behaves as before: loops, calloc zeroing, frees on
   several paths, early returns, nested allocations, alignment.  With
   -fchecking, GCC verifies the IL (SSA, virtual operands) after the
   transformation and must stay silent.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fchecking" } */

#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct pair { int *a; int *b; };

static int
early_returns (int c)
{
  int *p = malloc (4 * sizeof *p);
  if (!p)
    return -1;
  p[0] = c;
  if (c > 10)
    {
      free (p);
      return 1;
    }
  if (c < 0)
    {
      int r = p[0];
      free (p);
      return r;
    }
  p[1] = p[0] * 2;
  int r = p[1];
  free (p);
  return r;
}

static int
calloc_is_zero (int dirty)
{
  /* Dirty the stack first, then check calloc's memory is zero.  */
  volatile char junk[64];
  for (int i = 0; i < 64; i++)
    junk[i] = (char) (dirty + i);
  unsigned char *z = calloc (16, 4);
  int s = 0;
  for (int i = 0; i < 64; i++)
    s += z[i];
  free (z);
  return s + junk[0] - junk[0];
}

static int
nested (int n)
{
  struct pair *pr = malloc (sizeof *pr);
  pr->a = malloc (sizeof *pr->a);
  pr->b = malloc (sizeof *pr->b);
  *pr->a = n;
  *pr->b = n + 1;
  int r = *pr->a + *pr->b;
  free (pr->a);
  free (pr->b);
  free (pr);
  return r;
}

static int
loop_with_free (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      int *p = calloc (4, sizeof *p);
      p[i % 4] = i;
      for (int j = 0; j < 4; j++)
	s += p[j];
      free (p);
    }
  return s;
}

static int
aligned (void)
{
  long double *m = malloc (sizeof *m * 2);
  double *d = aligned_alloc (64, 64);
  int ok = (((uintptr_t) m & 15) == 0) && (((uintptr_t) d & 63) == 0);
  m[0] = 1.0L;
  d[0] = 2.0;
  ok = ok && m[0] + d[0] == 3.0L;
  free (m);
  free (d);
  return ok;
}

static int
strings (const char *s)
{
  char *buf = malloc (32);
  strcpy (buf, s);
  strcat (buf, "!");
  int n = (int) strlen (buf);
  free (buf);
  return n;
}

int
main (void)
{
  if (early_returns (3) != 6 || early_returns (11) != 1
      || early_returns (-4) != -4)
    abort ();
  if (calloc_is_zero (7) != 0)
    abort ();
  if (nested (20) != 41)
    abort ();
  if (loop_with_free (10) != 45)
    abort ();
  if (!aligned ())
    abort ();
  if (strings ("hello") != 6)
    abort ();
  return 0;
}
