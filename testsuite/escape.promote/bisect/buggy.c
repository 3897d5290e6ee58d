/* A site whose caller relies on undefined behaviour: a fresh heap block
   in a new process happens to be zeroed, a stack buffer does not.  */
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
sum_copy (const char *s)
{
  char *d = strdup (s);
  int r = 0;
  for (char *c = d; *c; c++)
    r += *c;
  free (d);
  return r;
}

__attribute__ ((noinline)) int
fresh_is_clean (size_t n)
{
  unsigned char *p = malloc (n);
  int clean = 1;
  for (size_t i = 0; i < n; i++)
    if (p[i] != 0)		/* undefined: never written */
      clean = 0;
  free (p);
  return clean;
}
