/* Under -std=c11 strdup and strndup are POSIX's, not GCC built-ins; the
   allocator table knows them by name, so they are promoted the same way
   (redis builds with -std=c11).  */
/* { dg-do run } */
/* { dg-options "-std=c11 -D_GNU_SOURCE -fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1 -fchecking" } */
/* { dg-prune-output "does not escape" } */
/* { dg-prune-output "param" } */

#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static size_t
dup_len (const char *s)
{
  char *p = strdup (s); /* { dg-note "strdup\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  if (!p || strcmp (p, s) != 0)
    abort ();
  size_t n = strlen (p);
  free (p);
  return n;
}

__attribute__ ((noinline)) static size_t
ndup_len (const char *s, size_t max)
{
  char *p = strndup (s, max); /* { dg-note "strndup\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  if (!p)
    abort ();
  size_t n = strlen (p);
  free (p);
  return n;
}

int
main (void)
{
  static char big[600];
  memset (big, 'z', sizeof big - 1);
  if (dup_len ("abc") != 3 || dup_len (big) != sizeof big - 1
      || ndup_len ("abcdef", 2) != 2 || ndup_len (big, 400) != 400)
    abort ();
  return 0;
}
