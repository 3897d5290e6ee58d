/* Variable-size promotion with promote=4096 (and a budget that admits
   the buffers), torture style: sizes 4095, 4096 and 4097, calloc products
   around 4096, strdup of 4095 and 4096 characters, several sites live at
   once.  Passes without the plugin too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote=4096 -fplugin-arg-escape-promote-budget=16384 -fchecking" } */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static char text[8192];

__attribute__ ((noinline)) static long
bytes (size_t n)
{
  unsigned char *p = malloc (n);
  if (!p)
    return -1;
  for (size_t i = 0; i < n; i++)
    p[i] = (unsigned char) i;
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  free (p);
  return s;
}

__attribute__ ((noinline)) static long
zeroed (size_t n, size_t m)
{
  unsigned char *p = calloc (n, m);
  if (!p)
    return -1;
  long s = 0;
  for (size_t i = 0; i < n * m; i++)
    s += p[i] + 1;
  memset (p, 0xff, n * m);
  free (p);
  return s;
}

__attribute__ ((noinline)) static long
dup (size_t len)
{
  memset (text, 'k', len);
  text[len] = 0;
  char *c = strdup (text);
  if (!c || strcmp (c, text) != 0)
    abort ();
  c[0] = 'j';
  long n = (long) strlen (c) + (text[0] == 'k');
  free (c);
  return n;
}

/* Three buffers live at once.  */
__attribute__ ((noinline)) static long
three (size_t a, size_t b, size_t c)
{
  unsigned char *x = malloc (a), *y = malloc (b), *z = malloc (c);
  if (!x || !y || !z)
    abort ();
  memset (x, 1, a);
  memset (y, 2, b);
  memset (z, 3, c);
  long s = 0;
  for (size_t i = 0; i < a; i++)
    s += x[i];
  for (size_t i = 0; i < b; i++)
    s += y[i];
  for (size_t i = 0; i < c; i++)
    s += z[i];
  free (z);
  free (x);
  free (y);
  return s;
}

static long
byte_sum (size_t n)
{
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += (unsigned char) i;
  return s;
}

int
main (void)
{
  static const size_t sizes[] = { 1, 256, 257, 4095, 4096, 4097, 5000 };
  for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    if (bytes (sizes[i]) != byte_sum (sizes[i]))
      abort ();
  static const size_t dims[][2] = { { 64, 64 }, { 1, 4096 }, { 4096, 1 },
				    { 64, 65 }, { 4097, 1 }, { 2, 2048 },
				    { 3, 1365 }, { 1, 4097 } };
  for (unsigned i = 0; i < sizeof dims / sizeof dims[0]; i++)
    if (zeroed (dims[i][0], dims[i][1]) != (long) (dims[i][0] * dims[i][1]))
      abort ();
  if (zeroed (SIZE_MAX / 4096 + 1, 4096) != -1)
    abort ();
  if (dup (4095) != 4096 || dup (4096) != 4097 || dup (10) != 11)
    abort ();
  if (three (4096, 4096, 4096) != 6 * 4096 || three (1, 5000, 4097) != 1 + 10000 + 3 * 4097)
    abort ();
  exit (0);
}
