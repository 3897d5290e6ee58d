/* Variable-size promotion, torture style: recursive functions with
   variable-size temporaries (left on the heap without
   promote-recursive), a recursive caller of a promoted leaf, and mutual
   recursion.  Passes without the plugin too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fchecking" } */

#include <stdlib.h>
#include <string.h>

/* Sum of the digits of N in base B, each level with a scratch copy.  */
__attribute__ ((noinline)) static long
digits (unsigned long n, size_t width)
{
  if (n == 0)
    return 0;
  unsigned char *s = malloc (width);
  if (!s)
    abort ();
  memset (s, (int) (n % 10), width);
  long r = s[width - 1] + digits (n / 10, width + 40);
  if (s[0] != n % 10)
    abort ();
  free (s);
  return r;
}

/* A leaf with a variable-size temporary, called from recursion.  */
__attribute__ ((noinline)) static long
leaf (size_t n)
{
  char *p = malloc (n);
  if (!p)
    abort ();
  memset (p, 1, n);
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  free (p);
  return s;
}

__attribute__ ((noinline)) static long
tree (int depth, size_t n)
{
  if (depth == 0)
    return leaf (n);
  return tree (depth - 1, n + 17) + leaf (n) + tree (depth - 1, n);
}

static long odd (int, size_t);

__attribute__ ((noinline)) static long
even (int k, size_t n)
{
  char *s = strndup ("abcdefghijklmnopqrstuvwxyz", n % 27);
  if (!s)
    abort ();
  long r = (long) strlen (s) + (k ? odd (k - 1, n + 1) : 0);
  if (strlen (s) != n % 27)
    abort ();
  free (s);
  return r;
}

__attribute__ ((noinline)) static long
odd (int k, size_t n)
{
  int *v = calloc (n, sizeof *v);
  if (!v)
    abort ();
  v[n - 1] = 1;
  long r = v[n - 1] + (k ? even (k - 1, n + 3) : 0);
  free (v);
  return r;
}

static long
tree_want (int depth, size_t n)
{
  if (depth == 0)
    return (long) n;
  return tree_want (depth - 1, n + 17) + (long) n + tree_want (depth - 1, n);
}

int
main (void)
{
  if (digits (9876543210ul, 200) != 45)
    abort ();
  if (digits (7, 256) != 7 || digits (77, 1) != 14)
    abort ();
  for (size_t n = 200; n < 300; n += 25)
    if (tree (5, n) != tree_want (5, n))
      abort ();
  long want = 0;
  size_t n = 250;
  for (int k = 20; k >= 0; k--)
    {
      if ((20 - k) % 2 == 0)
	want += (long) (n % 27), n += 1;
      else
	want += 1, n += 3;
    }
  if (even (20, 250) != want)
    abort ();
  exit (0);
}
