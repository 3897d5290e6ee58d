/* An allocator= shape whose size argument is not an integer is an
   error at the declaration, naming the allocator and the type.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-allocator=xb/0*1:free" } */
#include <stddef.h>
void *xb (const char *s, size_t n); /* { dg-error "'allocator=' names argument 0 of 'xb' as its count, but that parameter has type 'const char \\*', not an integer type" } */
void free (void *);
void use (void) { char *p = xb ("a", 4); p[0] = 0; free (p); }
