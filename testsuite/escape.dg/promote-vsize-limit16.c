/* Variable-size promotion with promote=16, torture style: sizes 15, 16
   and 17, calloc products around 16, strdup of 15 and 16 characters
   (16 and 17 bytes), strndup caps around the limit.  Passes without the
   plugin too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote=16 -fchecking" } */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static long
bytes (size_t n)
{
  unsigned char *p = malloc (n);
  if (!p)
    return -1;
  for (size_t i = 0; i < n; i++)
    p[i] = (unsigned char) (i + 1);
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
dup (const char *s)
{
  char *c = strdup (s);
  if (!c || strcmp (c, s) != 0)
    abort ();
  long n = (long) strlen (c);
  memset (c, '#', (size_t) n);
  free (c);
  return n;
}

__attribute__ ((noinline)) static long
ndup (const char *s, size_t cap)
{
  char *c = strndup (s, cap);
  if (!c || strncmp (c, s, cap) != 0)
    abort ();
  long n = (long) strlen (c);
  free (c);
  return n;
}

int
main (void)
{
  for (size_t n = 1; n <= 40; n++)
    if (bytes (n) != (long) (n * (n + 1) / 2))
      abort ();
  static const size_t dims[][2] = { { 1, 16 }, { 16, 1 }, { 4, 4 }, { 4, 5 },
				    { 17, 1 }, { 1, 17 }, { 2, 8 }, { 3, 6 },
				    { 15, 1 } };
  for (unsigned i = 0; i < sizeof dims / sizeof dims[0]; i++)
    if (zeroed (dims[i][0], dims[i][1]) != (long) (dims[i][0] * dims[i][1]))
      abort ();
  if (zeroed (SIZE_MAX / 4 + 1, 4) != -1 || zeroed (4, SIZE_MAX / 4 + 1) != -1)
    abort ();
  const char *s15 = "abcdefghijklmno", *s16 = "abcdefghijklmnop";
  if (dup ("") != 0 || dup (s15) != 15 || dup (s16) != 16
      || dup ("abcdefghijklmnopq") != 17)
    abort ();
  for (size_t cap = 0; cap <= 20; cap++)
    if (ndup (s16, cap) != (long) (cap < 16 ? cap : 16))
      abort ();
  exit (0);
}
