/* A wrong-code bug found by these tests and fixed (2026-11-29): a site
   in a loop whose block of the previous iteration is still read after
   the next allocation, and freed through another pointer only then
   ("prev = cur" double buffering, and two slots used in turn).  The
   check for live-across-iterations stopped at free (prev), a free of
   the same site, though it frees the block of the iteration before;
   both iterations' blocks then shared the one buffer.  Now only a free
   of this execution's block (its result, not through a PHI) ends its
   life, so these sites stay on the heap (live-across-iterations).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fchecking" } */

#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
constant (int n)
{
  char *prev = NULL;
  int bad = 0;
  for (int i = 0; i < n; i++)
    {
      char *cur = malloc (16);
      if (!cur)
	abort ();
      memset (cur, 'a' + i, 16);
      if (prev && prev[0] != 'a' + i - 1)
	bad++;
      free (prev);
      prev = cur;
    }
  free (prev);
  return bad;
}

__attribute__ ((noinline)) static int
variable (int n, size_t m)
{
  char *prev = NULL;
  int bad = 0;
  for (int i = 0; i < n; i++)
    {
      char *cur = malloc (m);
      if (!cur)
	abort ();
      memset (cur, 'a' + i, m);
      if (prev && prev[0] != 'a' + i - 1)
	bad++;
      free (prev);
      prev = cur;
    }
  free (prev);
  return bad;
}

int
main (void)
{
  if (constant (4) != 0 || variable (4, 16) != 0)
    abort ();
  exit (0);
}
