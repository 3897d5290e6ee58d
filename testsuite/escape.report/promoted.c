/* Report records of promoted sites (report.exp): stack_bytes and
   fallback for a constant site, a variable one and a refused one.  */
#include <stdlib.h>
#include <string.h>

int
fixed (void)
{
  int *v = malloc (4 * sizeof *v);
  v[0] = 1;
  int r = v[0];
  free (v);
  return r;
}

size_t
variable (const char *s)
{
  char *d = strdup (s);
  size_t n = strlen (d);
  free (d);
  return n;
}

char *
kept (size_t n)
{
  return malloc (n);
}
