/* examples/profile: the project's allocation wrappers, in a file of
   their own as real projects have them.  */
#include <stdlib.h>
#include <string.h>

#include "util.h"

char *
xstrdup (const char *s)
{
  size_t n = strlen (s) + 1;
  char *p = malloc (n);
  if (!p)
    abort ();
  return memcpy (p, s, n);
}

void
xfree (void *p)
{
  free (p);
}
