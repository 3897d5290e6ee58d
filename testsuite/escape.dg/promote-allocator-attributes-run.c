/* A well-annotated project names only its allocators (issue 27): the
   size comes from alloc_size (N) or alloc_size (N, M), the freed
   pointer's index from malloc (DEALLOC, INDEX), here the second argument
   of a context-first pool_put.  An allocator with the same attributes
   that allocator= does not name stays on the heap
   (allocator-not-named).  The heap is counted through --wrap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1 -fchecking -Wl,--wrap=malloc -Wl,--wrap=calloc -Wl,--wrap=free -fplugin-arg-escape-allocator=pool_get:pool_put,pool_array:pool_put" } */
/* { dg-prune-output "param" } */
/* { dg-prune-output "does not escape" } */
/* { dg-prune-output "escapes" } */

#include <stdlib.h>
#include <string.h>

extern void *__real_malloc (size_t);
extern void *__real_calloc (size_t, size_t);
extern void __real_free (void *);
/* volatile: malloc is a leaf to GCC, which would assume the counts never
   change.  */
static volatile int mallocs, frees;

void *__wrap_malloc (size_t n) { mallocs++; return __real_malloc (n); }
/* GCC folds malloc and memset into calloc.  */
void *__wrap_calloc (size_t n, size_t m) { mallocs++; return __real_calloc (n, m); }
void __wrap_free (void *p) { if (p) frees++; __real_free (p); }

struct pool { int live; };

void pool_put (struct pool *pl, void *p);
void *pool_get (struct pool *pl, size_t n)
  __attribute__ ((malloc, malloc (pool_put, 2), alloc_size (2)));
void *pool_array (struct pool *pl, size_t n, size_t m)
  __attribute__ ((malloc, malloc (pool_put, 2), alloc_size (2, 3)));
void *pool_other (struct pool *pl, size_t n)
  __attribute__ ((malloc, malloc (pool_put, 2), alloc_size (2)));

__attribute__ ((noinline)) void
pool_put (struct pool *pl, void *p)
{
  if (p)
    pl->live--;
  free (p);
}

__attribute__ ((noinline)) void *
pool_get (struct pool *pl, size_t n)
{
  pl->live++;
  return malloc (n);
}

__attribute__ ((noinline)) void *
pool_array (struct pool *pl, size_t n, size_t m)
{
  pl->live++;
  void *p = malloc (n * m);
  return p ? memset (p, 0, n * m) : p;
}

__attribute__ ((noinline)) void *
pool_other (struct pool *pl, size_t n)
{
  pl->live++;
  return malloc (n);
}

__attribute__ ((noinline)) static int
fill (struct pool *pl, size_t n)
{
  char *p = pool_get (pl, n); /* { dg-note "pool_get\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  memset (p, 'x', n);
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i] == 'x';
  pool_put (pl, p);
  return s;
}

__attribute__ ((noinline)) static int
fixed (struct pool *pl)
{
  int *p = pool_get (pl, 2 * sizeof *p); /* { dg-note "pool_get\\(...\\) promoted to stack \\(8 bytes\\)" } */
  p[0] = 4;
  p[1] = 5;
  int r = p[0] * p[1];
  pool_put (pl, p);
  return r;
}

__attribute__ ((noinline)) static long
zeros (struct pool *pl, size_t n)
{
  long *v = pool_array (pl, n, sizeof *v); /* { dg-note "pool_array\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += v[i];
  for (size_t i = 0; i < n; i++)
    v[i] = 2;
  for (size_t i = 0; i < n; i++)
    s += v[i];
  pool_put (pl, v);
  return s;
}

__attribute__ ((noinline)) static int
unnamed (struct pool *pl, size_t n)
{
  char *p = pool_other (pl, n); /* { dg-note "pool_other\\(...\\) not promoted: allocator-not-named" } */
  memset (p, 'y', n);
  int r = p[0] == 'y';
  pool_put (pl, p);
  return r;
}

int
main (void)
{
  struct pool pl = { 0 };
  if (fill (&pl, 100) != 100 || fixed (&pl) != 20 || zeros (&pl, 10) != 20)
    abort ();
  if (mallocs != 0 || frees != 0 || pl.live != 0)
    abort ();
  if (fill (&pl, 300) != 300 || zeros (&pl, 40) != 80)
    abort ();
  if (mallocs != 2 || frees != 2 || pl.live != 0)
    abort ();
  if (unnamed (&pl, 5) != 1 || mallocs != 3 || frees != 3 || pl.live != 0)
    abort ();
  return 0;
}
