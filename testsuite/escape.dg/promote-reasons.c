/* Every heap site that does not escape and is not promoted says why
   (issue 27): an allocator named without a shape the plugin can read
   (allocator-shape), one with an out-parameter promotion cannot fill
   (out-param), one allocator= does not name (allocator-not-named), one
   promotion never replaces (unsupported-allocator).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1 -fplugin-arg-escape-allocator=two_ints:free,out_ptr/0:free" } */
/* { dg-prune-output "param" } */
/* { dg-prune-output "does not escape" } */
/* { dg-prune-output "escapes" } */

#include <stdlib.h>
#include <malloc.h>

void *two_ints (int a, int b);
void *out_ptr (size_t n, void **old);
void *plain_malloc_attr (size_t n) __attribute__ ((malloc));

int
use (int n)
{
  char *a = two_ints (n, 2); /* { dg-note "two_ints\\(...\\) not promoted: allocator-shape" } */
  void *old;
  char *b = out_ptr (16, &old); /* { dg-note "out_ptr\\(...\\) not promoted: out-param" } */
  char *c = memalign (16, 32); /* { dg-note "memalign\\(...\\) not promoted: unsupported-allocator" } */
  a[0] = b[0] = c[0] = 1;
  int r = a[0] + b[0] + c[0];
  free (a);
  free (b);
  free (c);
  return r;
}
