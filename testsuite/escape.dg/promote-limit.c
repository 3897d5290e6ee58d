/* promote=BYTES sets the size limit.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote=32 -fplugin-arg-escape-verbose=1" } */
/* { dg-prune-output "param" } */
/* { dg-prune-output "does not escape" } */

#include <stdlib.h>

int
at_limit (void)
{
  char *b = malloc (32); /* { dg-note "malloc\\(...\\) promoted to stack \\(32 bytes\\)" } */
  b[0] = 1;
  int r = b[0];
  free (b);
  return r;
}

int
over_limit (void)
{
  char *b = malloc (33); /* { dg-note "malloc\\(...\\) not promoted: too-large \\(33 bytes, limit 32\\)" } */
  b[0] = 1;
  int r = b[0];
  free (b);
  return r;
}
