/* hot-chain: the program; the counts tell the sites apart in the hot
   list (3000 through the wrappers, 2000 through the hook, 1000 through
   the pointer to malloc, 500 in the file built without the plugin).  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hot-chain.h"

int
main (void)
{
  unsigned long sum = 0;
  for (int i = 0; i < 3000; i++)
    {
      char *p = w3 (i % 64 + 1);
      p[0] = (char) i;
      sum += (unsigned char) p[0];
      free (p);
    }
  for (int i = 0; i < 2000; i++)
    {
      char *q = alloc_hook (32);
      q[1] = 1;
      sum += q[1];
      free (q);
    }
  for (int i = 0; i < 1000; i++)
    {
      char *r = raw_malloc (16);
      r[2] = 2;
      sum += r[2];
      free (r);
    }
  for (int i = 0; i < 500; i++)
    {
      char *s = plain_copy ("text");
      sum += strlen (s);
      free (s);
    }
  printf ("%lu\n", sum);
  return 0;
}
