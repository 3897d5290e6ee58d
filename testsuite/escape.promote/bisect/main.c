/* The bisect test's program (escape.promote/bisect.exp): correct sites
   in this file, one site in buggy.c whose program relies on undefined
   behaviour that the heap happens to hide.  */
#include <stdlib.h>
#include <string.h>

int sum_copy (const char *s);
int fresh_is_clean (size_t n);

/* Leaves bytes other than zero on the stack below main's frame.  */
__attribute__ ((noinline)) static int
scribble (void)
{
  volatile char junk[8192];
  for (size_t i = 0; i < sizeof junk; i++)
    junk[i] = 0x55;
  return junk[100];
}

__attribute__ ((noinline)) static int
squares (size_t n)
{
  int *v = malloc (n * sizeof *v);
  if (!v)
    return -1;
  for (size_t i = 0; i < n; i++)
    v[i] = (int) (i * i);
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += v[i];
  free (v);
  return s;
}

int
main (void)
{
  if (squares (10) != 285 || sum_copy ("abc") != 'a' + 'b' + 'c')
    return 2;
  scribble ();
  /* The bug: buggy.c reads memory malloc never initialised.  */
  return fresh_is_clean (64) ? 0 : 1;
}
