/* hot-chain: a file built without the plugin.  */
#include <stdlib.h>
#include <string.h>
#include "hot-chain.h"

char *
plain_copy (const char *s)
{
  size_t n = strlen (s) + 1;
  char *p = malloc (n);
  if (p)
    memcpy (p, s, n);
  return p;
}
