/* GCC's __attribute__ ((malloc (FREE))) pairs are read from the source:
   FREE is a deallocator, so an object it frees does not escape through
   it (what the object points to and FREE's other arguments do: FREE's
   body is unknown).  The pair is not promoted unless allocator= names
   it: the allocator may keep its own accounting (allocator-not-named).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1" } */
/* { dg-prune-output "param" } */

#include <stddef.h>

extern void pool_release (void *);
extern void *pool_get (size_t) __attribute__ ((malloc, malloc (pool_release)));
extern void pool_release_at (void *, void *);
extern void *pool_get2 (size_t) __attribute__ ((malloc, malloc (pool_release_at, 2)));

int
use (size_t n)
{
  char *p = pool_get (n); /* { dg-note "pool_get\\(...\\) does not escape" } */
  /* { dg-note "pool_get\\(...\\) not promoted: allocator-not-named" "" { target *-*-* } .-1 } */
  p[0] = 1;
  int r = p[0];
  pool_release (p);
  return r;
}

int
use2 (size_t n)
{
  char *p = pool_get2 (n); /* { dg-note "pool_get2\\(...\\) does not escape" } */
  /* { dg-note "pool_get2\\(...\\) not promoted: allocator-not-named" "" { target *-*-* } .-1 } */
  p[0] = 1;
  int r = p[0];
  pool_release_at (0, p);
  return r;
}

int
unknown_release (size_t n)
{
  char *p = pool_get (n); /* { dg-note "pool_get\\(...\\) escapes to heap" } */
  p[0] = 1;
  int r = p[0];
  extern void other (void *);
  other (p);
  return r;
}

/* A deallocator other than free may keep what the block points to, and
   its other arguments: only the freed block itself ends there.  */
struct box { int *p; };

int
content_kept (void)
{
  int x = 1; /* { dg-note "address of 'x' escapes: passed to 'pool_release'" } */
  struct box *b = pool_get (sizeof *b); /* { dg-note "pool_get\\(...\\) does not escape" } */
  /* { dg-note "pool_get\\(...\\) not promoted: allocator-not-named" "" { target *-*-* } .-1 } */
  b->p = &x;
  pool_release (b);
  return x;
}

int
other_argument_kept (void)
{
  int ctx = 0; /* { dg-note "address of 'ctx' escapes: passed to 'pool_release_at'" } */
  char *q = pool_get2 (8); /* { dg-note "pool_get2\\(...\\) does not escape" } */
  /* { dg-note "pool_get2\\(...\\) not promoted: allocator-not-named" "" { target *-*-* } .-1 } */
  q[0] = 1;
  pool_release_at (&ctx, q);
  return ctx;
}
