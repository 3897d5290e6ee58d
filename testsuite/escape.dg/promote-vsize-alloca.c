/* Variable-size promotion, torture style: alloca and VLAs in the same
   functions and loops as promoted sites, sized by the same run-time
   value.  Passes without the plugin too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fchecking" } */

#include <alloca.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static long
sum (const unsigned char *p, size_t n)
{
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  return s;
}

/* alloca and malloc of the same size, copied back and forth.  */
__attribute__ ((noinline)) static long
with_alloca (size_t n)
{
  unsigned char *a = alloca (n);
  unsigned char *h = malloc (n);
  if (!h)
    abort ();
  for (size_t i = 0; i < n; i++)
    a[i] = (unsigned char) (i * 5);
  memcpy (h, a, n);
  memset (a, 0, n);
  long s = sum (h, n) - sum (a, n);
  free (h);
  return s;
}

/* A VLA and a heap site in each iteration of a loop.  */
__attribute__ ((noinline)) static long
with_vla (int iters, size_t base)
{
  long total = 0;
  for (int i = 0; i < iters; i++)
    {
      size_t n = base + (size_t) i * 50;
      unsigned char vla[n];
      char *h = calloc (n, 1);
      if (!h)
	abort ();
      for (size_t k = 0; k < n; k++)
	vla[k] = (unsigned char) (k + i);
      memcpy (h, vla, n / 2);
      total += sum ((unsigned char *) h, n) + sum (vla, n);
      free (h);
    }
  return total;
}

/* alloca in a loop (the frame grows) around a promoted site.  */
__attribute__ ((noinline)) static long
alloca_loop (int iters, size_t n)
{
  long total = 0;
  unsigned char *keep[8];
  for (int i = 0; i < iters && i < 8; i++)
    {
      keep[i] = alloca (n);
      memset (keep[i], i + 1, n);
      char *s = malloc (n + 1);
      if (!s)
	abort ();
      memset (s, 'a', n);
      s[n] = 0;
      total += (long) strlen (s);
      free (s);
    }
  for (int i = 0; i < iters && i < 8; i++)
    total += sum (keep[i], n);
  return total;
}

/* A VLA parameter-sized matrix and a heap row.  */
__attribute__ ((noinline)) static long
matrix (size_t rows, size_t cols)
{
  int m[rows][cols];
  int *row = malloc (cols * sizeof *row);
  if (!row)
    abort ();
  for (size_t r = 0; r < rows; r++)
    for (size_t c = 0; c < cols; c++)
      m[r][c] = (int) (r * c);
  memset (row, 0, cols * sizeof *row);
  for (size_t r = 0; r < rows; r++)
    for (size_t c = 0; c < cols; c++)
      row[c] += m[r][c];
  long s = 0;
  for (size_t c = 0; c < cols; c++)
    s += row[c];
  free (row);
  return s;
}

int
main (void)
{
  static const size_t sizes[] = { 1, 50, 255, 256, 257, 3000 };
  for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    {
      size_t n = sizes[i];
      long want = 0;
      for (size_t k = 0; k < n; k++)
	want += (unsigned char) (k * 5);
      if (with_alloca (n) != want)
	abort ();
      want = 0;
      for (int it = 0; it < 6; it++)
	{
	  size_t m = n + (size_t) it * 50;
	  for (size_t k = 0; k < m; k++)
	    want += (unsigned char) (k + it) + (k < m / 2 ? (unsigned char) (k + it) : 0);
	}
      if (with_vla (6, n) != want)
	abort ();
      want = 0;
      for (int it = 0; it < 5; it++)
	want += (long) n + (long) n * (it + 1);
      if (alloca_loop (5, n) != want)
	abort ();
    }
  for (size_t rows = 1; rows < 20; rows += 6)
    for (size_t cols = 1; cols < 100; cols += 33)
      {
	long want = 0;
	for (size_t r = 0; r < rows; r++)
	  for (size_t c = 0; c < cols; c++)
	    want += (long) (r * c);
	if (matrix (rows, cols) != want)
	  abort ();
      }
  exit (0);
}
