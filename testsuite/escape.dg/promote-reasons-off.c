/* With promotion off, a heap site that does not escape says so in its
   note (issue 27): promote-off.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>

int
use (int n)
{
  int *p = malloc (4 * sizeof *p); /* { dg-note "malloc\\(...\\) does not escape \\(not promoted: promote-off\\)" } */
  p[0] = n;
  int r = p[0];
  free (p);
  return r;
}
