/* The project's own allocators, named by allocator=ALLOC:FREE, are
   promoted like malloc: one integer parameter is the size, alloc_size
   names the size arguments, one char pointer parameter is a string the
   allocator copies (strdup-like).  The stack buffer is zeroed, since the
   plugin cannot know whether ALLOC zeroes.  Calls are counted in the
   allocators themselves: the small cases no longer call them.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1 -fchecking -fplugin-arg-escape-allocator=xmalloc:xfree,xzalloc:xfree,xcalloc:xfree,xstrdup:xfree" } */
/* { dg-prune-output "param" } */
/* { dg-prune-output "does not escape" } */
/* { dg-prune-output "escapes to heap" } */
/* { dg-prune-output "not promoted: escapes" } */

#include <stdlib.h>
#include <string.h>

static int allocs, frees;

__attribute__ ((noinline)) void *
xmalloc (size_t n)
{
  allocs++;
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

__attribute__ ((noinline)) void *
xzalloc (int n)
{
  allocs++;
  return calloc (1, n);
}

__attribute__ ((noinline, alloc_size (1, 2))) void *
xcalloc (size_t n, size_t m)
{
  allocs++;
  return calloc (n, m);
}

__attribute__ ((noinline)) char *
xstrdup (const char *s)
{
  allocs++;
  return strdup (s);
}

__attribute__ ((noinline)) void
xfree (void *p)
{
  if (p)
    frees++;
  free (p);
}

__attribute__ ((noinline)) static int
sum (size_t n)
{
  unsigned char *p = xmalloc (n); /* { dg-note "xmalloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  memset (p, 1, n);
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  xfree (p);
  return s;
}

__attribute__ ((noinline)) static int
zeros (int n)
{
  unsigned char *p = xzalloc (n); /* { dg-note "xzalloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  memset (p, 9, n);
  xfree (p);
  return s;
}

__attribute__ ((noinline)) static int
zeros2 (size_t n)
{
  int *p = xcalloc (n, sizeof *p); /* { dg-note "xcalloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  memset (p, 9, n * sizeof *p);
  xfree (p);
  return s;
}

__attribute__ ((noinline)) static size_t
copy (const char *s)
{
  char *d = xstrdup (s); /* { dg-note "xstrdup\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  if (strcmp (d, s) != 0)
    abort ();
  size_t n = strlen (d);
  xfree (d);
  return n;
}

__attribute__ ((noinline)) static int
fixed (void)
{
  int *p = xmalloc (4 * sizeof *p); /* { dg-note "xmalloc\\(...\\) promoted to stack \\(16 bytes\\)" } */
  p[3] = 7;
  int r = p[3];
  xfree (p);
  return r;
}

int
main (void)
{
  static char big[400];
  memset (big, 'y', sizeof big - 1);
  if (sum (10) != 10 || sum (256) != 256 || zeros (100) != 0
      || zeros2 (64) != 0 || copy ("hello") != 5 || fixed () != 7)
    abort ();
  if (allocs != 0 || frees != 0)
    abort ();
  if (sum (300) != 300 || zeros (300) != 0 || zeros2 (65) != 0
      || copy (big) != sizeof big - 1)
    abort ();
  if (allocs != 4 || frees != 4)
    abort ();
  return 0;
}
