/* hash.c - hashing item names.  */
#include <stdlib.h>
#include "inv.h"

unsigned hash_name (const char *s)
{
  unsigned h = 5381;
  while (*s)
    h = h * 33 + (unsigned char) *s++;
  return h;
}

int hash_bucket (const char *s, int nbuckets)
{
  int *counts = malloc (16 * sizeof *counts);
  int b;
  if (!counts)
    return 0;
  counts[0] = (int) (hash_name (inv_or (s, "")) % (unsigned) nbuckets);
  b = counts[0];
  free (counts);
  return b;
}
