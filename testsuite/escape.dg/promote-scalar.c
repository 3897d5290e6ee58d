/* At -O2 a small promoted allocation is scalarised away: no allocator
   call, no array, no memory traffic left in the optimised code.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-promote -fdump-tree-optimized" } */

#include <stdlib.h>

int
sum_of_squares (int n)
{
  int *v = malloc (4 * sizeof *v);
  if (v == NULL)		/* folded away: the pointer is non-null */
    return -1;
  v[0] = n * n;
  v[1] = (n + 1) * (n + 1);
  v[2] = (n + 2) * (n + 2);
  v[3] = (n + 3) * (n + 3);
  int s = v[0] + v[1] + v[2] + v[3];
  free (v);
  return s;
}

/* { dg-final { scan-tree-dump-not "malloc|free|escape_heap|MEM|return -1" "optimized" } } */
/* { dg-final { scan-assembler-not "malloc|free" } } */
