/* promote-only promotes the named sites and no other (the bisecting
   driver, scripts/escape-bisect, chooses them).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1 -fplugin-arg-escape-promote-only=promote-fallback-only.c:13" } */
/* { dg-prune-output "param" } */
/* { dg-prune-output "does not escape" } */

#include <stdlib.h>

int
f (size_t n)
{
  char *a = malloc (n); /* { dg-note "malloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  char *b = malloc (16); /* { dg-note "malloc\\(...\\) not promoted: skipped" } */
  a[0] = b[0] = 1;
  int r = a[0] + b[0];
  free (a);
  free (b);
  return r;
}
