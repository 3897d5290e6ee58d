/* An allocator= shape that names an argument past the declaration's
   parameters is an error at the declaration, naming the allocator.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-allocator=xa/2:free" } */
#include <stddef.h>
void *xa (size_t n); /* { dg-error "'allocator=' names argument 2 of 'xa' as its size, but 'xa' takes 1 parameter" } */
void free (void *);
void use (void) { char *p = xa (4); p[0] = 0; free (p); }
