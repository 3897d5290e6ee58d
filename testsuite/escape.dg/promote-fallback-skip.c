/* promote-skip leaves the named sites alone, by file and line; the
   file may be named by its last components.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1 -fplugin-arg-escape-promote-skip=escape.dg/promote-fallback-skip.c:15,nosuch.c:16,promote-fallback-skip.c:21" } */
/* { dg-prune-output "param" } */
/* { dg-prune-output "does not escape" } */

#include <stdlib.h>
#include <string.h>

int
f (size_t n)
{
  /* Line 15 is skipped; line 16 is named in another file only.  */
  char *a = malloc (n); /* { dg-note "malloc\\(...\\) not promoted: skipped" } */
  char *b = malloc (n); /* { dg-note "malloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  a[0] = b[0] = 1;
  int r = a[0] + b[0];
  free (a);
  free (b);
  char *c = malloc (16); /* { dg-note "malloc\\(...\\) not promoted: skipped" } */
  c[0] = 2;
  r += c[0];
  free (c);
  return r;
}
