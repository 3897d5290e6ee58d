/* An allocator= PTR past the deallocator's parameters, or naming one
   that is not a pointer, is an error at its declaration.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-allocator=xc:xfree/1,xd:xfree2/0" } */
#include <stddef.h>
void *xc (size_t n);
void xfree (void *p); /* { dg-error "'allocator=' names argument 1 of 'xfree' as its freed pointer, but 'xfree' takes 1 parameter" } */
void *xd (size_t n);
void xfree2 (int ctx, void *p); /* { dg-error "'allocator=' names argument 0 of 'xfree2' as its freed pointer, but that parameter has type 'int', not a pointer" } */
void use (void)
{
  char *p = xc (4);
  char *q = xd (4);
  p[0] = q[0] = 0;
  xfree (p);
  xfree2 (1, q);
}
