/* Variable-size promotion, torture style: early returns, several frees,
   loops that reuse a site with sizes on both sides of the buffer, goto
   out of loops, switch, nested allocations, realloc (refused), pointers
   passed to callees that only read them, frees through copies and
   offsets.  Passes without the plugin too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fchecking" } */

#include <stdlib.h>
#include <string.h>

/* Callees that only read.  */
__attribute__ ((noinline)) static long
sum (const unsigned char *p, size_t n)
{
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  return s;
}

static long
sum_inline (const unsigned char *p, size_t n)
{
  return sum (p, n) + 0;
}

__attribute__ ((noinline)) static int
early (size_t n, int c)
{
  unsigned char *p = malloc (n);
  if (!p)
    return -1;
  memset (p, 2, n);
  if (c == 0)
    {
      free (p);
      return 0;
    }
  if (c == 1)
    {
      long s = sum (p, n);
      free (p);
      return (int) s;
    }
  p[0] = 5;
  int r = p[0] + (int) sum_inline (p, n);
  free (p);
  return r;
}

/* The site runs once per iteration, sizes crossing the limit.  */
__attribute__ ((noinline)) static long
loop_reuse (int iters)
{
  long total = 0;
  for (int i = 0; i < iters; i++)
    {
      size_t n = (size_t) (i * 37 % 600) + 1;
      unsigned char *p = malloc (n);
      if (!p)
	abort ();
      memset (p, i & 0xff, n);
      total += sum (p, n);
      free (p);
    }
  return total;
}

/* goto out of a loop: the free comes after the label.  */
__attribute__ ((noinline)) static int
find_first (size_t n, int key)
{
  int *v = calloc (n, sizeof *v);
  int at = -1;
  if (!v)
    return -2;
  for (size_t i = 0; i < n; i++)
    v[i] = (int) (i * 3);
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < 2; j++)
      if (v[i] + (int) j == key)
	{
	  at = (int) i;
	  goto out;
	}
 out:
  free (v);
  return at;
}

__attribute__ ((noinline)) static long
by_kind (int kind, size_t n)
{
  char *p;
  long r = 0;
  switch (kind)
    {
    case 0:
      p = malloc (n);
      if (!p)
	return -1;
      memset (p, 'x', n);
      r = sum ((unsigned char *) p, n);
      free (p);
      break;
    case 1:
      p = calloc (n, 2);
      if (!p)
	return -1;
      r = sum ((unsigned char *) p, 2 * n);
      free (p);
      break;
    case 2:
      {
	char tmp[32];
	memset (tmp, 'q', sizeof tmp - 1);
	tmp[n % 31] = 0;
	p = strdup (tmp);
	if (!p)
	  return -1;
	r = (long) strlen (p);
	free (p);
      }
      break;
    default:
      return -3;
    }
  return r;
}

/* Two sites live at once; the inner one in a loop.  */
__attribute__ ((noinline)) static long
nested (size_t rows, size_t cols)
{
  long *acc = malloc (rows * sizeof *acc);
  if (!acc)
    abort ();
  for (size_t r = 0; r < rows; r++)
    {
      unsigned char *row = malloc (cols);
      if (!row)
	abort ();
      for (size_t c = 0; c < cols; c++)
	row[c] = (unsigned char) (r + c);
      acc[r] = sum (row, cols);
      free (row);
    }
  long s = 0;
  for (size_t r = 0; r < rows; r++)
    s += acc[r];
  free (acc);
  return s;
}

/* realloc makes the site stay on the heap.  */
__attribute__ ((noinline)) static long
grows (size_t n)
{
  unsigned char *p = malloc (n);
  if (!p)
    abort ();
  memset (p, 1, n);
  unsigned char *q = realloc (p, 2 * n);
  if (!q)
    abort ();
  memset (q + n, 2, n);
  long s = sum (q, 2 * n);
  free (q);
  return s;
}

/* The free goes through a copy and an offset pointer.  */
__attribute__ ((noinline)) static long
offsets (size_t n)
{
  unsigned char *p = malloc (n + 8);
  if (!p)
    abort ();
  unsigned char *q = p + 8;
  memset (p, 3, n + 8);
  long s = sum (q, n);
  unsigned char *back = q - 8;
  free (back);
  return s;
}

/* Freed on every path but on a different one each time.  */
__attribute__ ((noinline)) static int
several_frees (size_t n, int c)
{
  int *p = malloc (n * sizeof *p);
  if (!p)
    return -1;
  for (size_t i = 0; i < n; i++)
    p[i] = (int) i;
  int r = p[n - 1];
  if (c & 1)
    free (p);
  else if (c & 2)
    {
      r += 1;
      free (p);
    }
  else
    {
      r += 2;
      free (p);
      p = NULL;
    }
  return r;
}

int
main (void)
{
  static const size_t sizes[] = { 1, 64, 255, 256, 257, 1000 };
  for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    {
      size_t n = sizes[i];
      if (early (n, 0) != 0 || early (n, 1) != (int) (2 * n)
	  || early (n, 2) != 5 + 2 * (int) n + 3)
	abort ();
      if (by_kind (0, n) != 'x' * (long) n || by_kind (1, n) != 0
	  || by_kind (2, n) != (long) (n % 31))
	abort ();
      if (grows (n) != 3 * (long) n)
	abort ();
      if (offsets (n) != 3 * (long) n)
	abort ();
      for (int c = 0; c < 4; c++)
	if (several_frees (n, c) != (int) n - 1 + ((c & 1) ? 0 : (c & 2) ? 1 : 2))
	  abort ();
    }
  if (by_kind (7, 10) != -3)
    abort ();

  long want = 0;
  for (int i = 0; i < 100; i++)
    want += (long) ((i * 37 % 600) + 1) * (i & 0xff);
  if (loop_reuse (100) != want)
    abort ();

  if (find_first (10, 9) != 3 || find_first (10, 10) != 3
      || find_first (10, 1000) != -1 || find_first (200, 451) != 150)
    abort ();

  for (size_t rows = 1; rows <= 40; rows += 13)
    for (size_t cols = 1; cols <= 300; cols += 99)
      {
	long w = 0;
	for (size_t r = 0; r < rows; r++)
	  for (size_t c = 0; c < cols; c++)
	    w += (unsigned char) (r + c);
	if (nested (rows, cols) != w)
	  abort ();
      }
  exit (0);
}
