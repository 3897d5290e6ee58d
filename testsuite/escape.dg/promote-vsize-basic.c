/* Variable-size promotion, torture style: malloc (n * sizeof), calloc
   with zero, overflowing and limit-sized products, aligned_alloc, sizes
   below, exactly at and one above the 256-byte buffer.  Self-checking:
   abort () on a wrong result.  Passes without the plugin too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fchecking" } */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Leave non-zero bytes where a later call's frame will be.  */
__attribute__ ((noinline)) static void
dirty_stack (void)
{
  volatile unsigned char junk[4096];
  for (unsigned i = 0; i < sizeof junk; i++)
    junk[i] = 0xa5;
}

__attribute__ ((noinline)) static long
ints (size_t n)
{
  int *v = malloc (n * sizeof *v);
  if (!v)
    return n ? -1 : 0;
  for (size_t i = 0; i < n; i++)
    v[i] = (int) (i * i);
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += v[i];
  free (v);
  return s;
}

__attribute__ ((noinline)) static long
bytes (size_t n)
{
  unsigned char *p = malloc (n);
  if (!p)
    return -1;
  memset (p, 0x11, n);
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  free (p);
  return s;
}

/* -1: calloc failed; -2: not zero; else the sum of what was written.  */
__attribute__ ((noinline)) static long
zeroed (size_t n, size_t m)
{
  unsigned char *p = calloc (n, m);
  if (!p)
    return -1;
  for (size_t i = 0; i < n * m; i++)
    if (p[i])
      return -2;
  long s = 0;
  for (size_t i = 0; i < n * m; i++)
    {
      p[i] = (unsigned char) i;
      s += p[i];
    }
  free (p);
  return s;
}

__attribute__ ((noinline)) static int
aligned (size_t n)
{
  char *p = aligned_alloc (64, n);
  if (!p)
    return -1;
  int ok = ((uintptr_t) p & 63) == 0;
  memset (p, 1, n);
  ok = ok && p[n - 1] == 1;
  free (p);
  return ok;
}

static long
sum_squares (size_t n)
{
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += (long) (i * i);
  return s;
}

int
main (void)
{
  for (size_t n = 0; n <= 70; n++)	/* 64 ints: 256 bytes.  */
    if (ints (n) != sum_squares (n))
      abort ();
  if (ints (1000) != sum_squares (1000))
    abort ();
  static const size_t sizes[] = { 1, 2, 15, 16, 17, 128, 255, 256, 257,
				  511, 4096, 100000 };
  for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    if (bytes (sizes[i]) != 0x11 * (long) sizes[i])
      abort ();
  /* malloc (0) may return NULL or a unique pointer: either is fine.  */
  long z = bytes (0);
  if (z != 0 && z != -1)
    abort ();

  static const size_t dims[][2] = { { 1, 1 }, { 16, 16 }, { 1, 256 },
				    { 256, 1 }, { 8, 32 }, { 16, 17 },
				    { 1, 257 }, { 257, 1 }, { 3, 100 },
				    { 100, 3 }, { 1000, 4 } };
  for (unsigned i = 0; i < sizeof dims / sizeof dims[0]; i++)
    {
      size_t n = dims[i][0], m = dims[i][1];
      long want = 0;
      for (size_t k = 0; k < n * m; k++)
	want += (unsigned char) k;
      dirty_stack ();
      if (zeroed (n, m) != want)
	abort ();
    }
  /* Zero counts: calloc (0, m) may fail or not, and has no bytes.  */
  long r = zeroed (0, 16);
  if (r != 0 && r != -1)
    abort ();
  r = zeroed (16, 0);
  if (r != 0 && r != -1)
    abort ();
  r = zeroed (300, 0);
  if (r != 0 && r != -1)
    abort ();
  /* Overflow: must fail, also when one factor is small.  */
  if (zeroed (SIZE_MAX / 2 + 1, 2) != -1)
    abort ();
  if (zeroed (2, SIZE_MAX / 2 + 1) != -1)
    abort ();
  if (zeroed (SIZE_MAX, SIZE_MAX) != -1)
    abort ();
  if (zeroed ((SIZE_MAX >> 8) + 2, 256) != -1)
    abort ();

  static const size_t asizes[] = { 64, 128, 192, 256, 320, 1024 };
  for (unsigned i = 0; i < sizeof asizes / sizeof asizes[0]; i++)
    if (aligned (asizes[i]) != 1)
      abort ();
  exit (0);
}
