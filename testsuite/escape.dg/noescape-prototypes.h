/* Prototypes for noescape-prototypes.c: the parameter form of noescape
   on declarations without a body, as a library's header would have
   them.  None of these functions is defined in the test.  */

#include <stddef.h>

/* dst is not kept; src is (the negative case).  */
extern void copy_in (const char *src, char *dst __attribute__ ((noescape)),
		     size_t n);

/* The first declaration marks a; a redeclaration adds b (redeclared in
   the test).  */
extern void pair (char *a __attribute__ ((noescape)), char *b, char *c);

/* A callback type whose parameter is not kept by any function it
   points to, a function pointer variable, and a table of them.  */
typedef void visit_fn (char *item __attribute__ ((noescape)), char *keep);
extern void (*on_item) (char *item __attribute__ ((noescape)));
struct ops
{
  int (*peek) (const char *buf __attribute__ ((noescape)), size_t n);
};
