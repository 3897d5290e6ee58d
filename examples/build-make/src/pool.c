/* pool.c - strings that live until pool_release.  */
#include <stdlib.h>
#include <string.h>
#include "inv.h"

static char *pool[64];
static int used;

char *pool_strdup (const char *s)
{
  char *copy = strdup (s);
  if (copy && used < 64)
    pool[used++] = copy;
  return copy;
}

void pool_release (void)
{
  while (used > 0)
    free (pool[--used]);
}
