/* Variable-size promotion: a buffer of the limit (256 bytes by default)
   when the size fits, the real allocator above it.  Sizes below, at and
   above the buffer, zero sizes, calloc overflow, strdup and strndup of
   short and long strings, loops, early returns and several frees; the
   allocator calls are counted through the linker's --wrap, so the small
   cases are seen not to call it and the large ones to call it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fchecking -Wl,--wrap=malloc -Wl,--wrap=calloc -Wl,--wrap=free -Wl,--wrap=strdup -Wl,--wrap=strndup" } */

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

extern void *__real_malloc (size_t);
extern void *__real_calloc (size_t, size_t);
extern void __real_free (void *);
extern char *__real_strdup (const char *);
extern char *__real_strndup (const char *, size_t);
static int allocs, frees;

void *__wrap_malloc (size_t n) { allocs++; return __real_malloc (n); }
void *__wrap_calloc (size_t n, size_t m) { allocs++; return __real_calloc (n, m); }
char *__wrap_strdup (const char *s) { allocs++; return __real_strdup (s); }
char *__wrap_strndup (const char *s, size_t n) { allocs++; return __real_strndup (s, n); }
void __wrap_free (void *p) { if (p) frees++; __real_free (p); }

/* Fills N bytes and sums them back: -1 when malloc fails.  */
__attribute__ ((noinline)) static long
filled (size_t n)
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

/* calloc's memory is zero; a product that overflows still fails.  */
__attribute__ ((noinline)) static long
zeroed (size_t n, size_t m)
{
  unsigned char *p = calloc (n, m);
  if (!p)
    return -1;
  long s = 0;
  for (size_t i = 0; i < n * m; i++)
    s += p[i];
  memset (p, 7, n * m);
  free (p);
  return s;
}

/* Early returns: each path frees.  */
__attribute__ ((noinline)) static int
early (int n, int how)
{
  int *v = malloc (n * sizeof *v);
  if (!v)
    return -1;
  for (int i = 0; i < n; i++)
    v[i] = i;
  if (how == 0)
    {
      free (v);
      return 0;
    }
  int r = v[n - 1];
  if (how == 1)
    {
      free (v);
      return r;
    }
  r += v[0];
  free (v);
  return r;
}

__attribute__ ((noinline)) static size_t
dup_len (const char *s)
{
  char *d = strdup (s);
  if (!d)
    return (size_t) -1;
  size_t n = strlen (d);
  if (strcmp (d, s) != 0)
    abort ();
  free (d);
  return n;
}

__attribute__ ((noinline)) static size_t
ndup_len (const char *s, size_t max)
{
  char *d = strndup (s, max);
  if (!d)
    return (size_t) -1;
  size_t n = strlen (d);
  if (strncmp (d, s, n) != 0 || d[n] != 0)
    abort ();
  free (d);
  return n;
}

/* One buffer per site, reused: the object is freed before the site runs
   again.  */
__attribute__ ((noinline)) static long
in_loop (int rounds)
{
  long s = 0;
  for (int r = 0; r < rounds; r++)
    {
      char *p = malloc (r + 1);
      memset (p, 1, r + 1);
      for (int i = 0; i <= r; i++)
	s += p[i];
      free (p);
    }
  return s;
}

static void
expect (int line, int want_allocs, int want_frees)
{
  if (allocs != want_allocs || frees != want_frees)
    {
      __builtin_printf ("line %d: %d allocations, %d frees; expected %d, %d\n",
			line, allocs, frees, want_allocs, want_frees);
      abort ();
    }
  allocs = frees = 0;
}

int
main (void)
{
  static char big[1000];
  memset (big, 'x', sizeof big - 1);

  if (filled (1) != 0 || filled (10) != 45)
    abort ();
  expect (__LINE__, 0, 0);
  if (filled (256) != 255 * 128)
    abort ();
  expect (__LINE__, 0, 0);		/* at the limit: the buffer */
  if (filled (257) != 255 * 128)		/* byte 256 wraps to 0 */
    abort ();
  expect (__LINE__, 1, 1);		/* above it: the heap */
  filled (0);
  expect (__LINE__, 1, 1);		/* 0 is the allocator's business */
  if (filled (SIZE_MAX) != -1 || filled (SIZE_MAX / 2) != -1)
    abort ();
  expect (__LINE__, 2, 0);		/* failures are still seen */

  if (zeroed (16, 16) != 0 || zeroed (3, 5) != 0)
    abort ();
  expect (__LINE__, 0, 0);
  if (zeroed (257, 1) != 0 || zeroed (1, 257) != 0 || zeroed (100, 100) != 0)
    abort ();
  expect (__LINE__, 3, 3);
  errno = 0;
  if (zeroed ((size_t) 1 << (sizeof (size_t) * 4),
	      (size_t) 1 << (sizeof (size_t) * 4)) != -1
      || errno != ENOMEM)
    abort ();
  expect (__LINE__, 1, 0);		/* n * m overflows: calloc fails */
  zeroed (0, 8);
  zeroed (8, 0);
  expect (__LINE__, 2, 2);

  if (early (10, 0) != 0 || early (10, 1) != 9 || early (10, 2) != 9)
    abort ();
  expect (__LINE__, 0, 0);
  if (early (100, 0) != 0 || early (100, 1) != 99 || early (100, 2) != 99)
    abort ();
  expect (__LINE__, 3, 3);

  if (dup_len ("") != 0 || dup_len ("abc") != 3)
    abort ();
  expect (__LINE__, 0, 0);
  big[255] = 0;				/* 256 bytes with the terminator */
  if (dup_len (big) != 255)
    abort ();
  expect (__LINE__, 0, 0);
  big[255] = 'x';
  big[256] = 0;				/* 257: the heap */
  if (dup_len (big) != 256)
    abort ();
  expect (__LINE__, 1, 1);
  big[256] = 'x';

  if (ndup_len ("abcdef", 3) != 3 || ndup_len ("ab", 10) != 2
      || ndup_len (big, 255) != 255 || ndup_len ("", 0) != 0)
    abort ();
  expect (__LINE__, 0, 0);
  if (ndup_len (big, 256) != 256 || ndup_len (big, 900) != 900)
    abort ();
  expect (__LINE__, 2, 2);

  if (in_loop (10) != 55)
    abort ();
  expect (__LINE__, 0, 0);
  if (in_loop (300) != 300 * 301 / 2)
    abort ();
  expect (__LINE__, 300 - 256, 300 - 256);
  return 0;
}
