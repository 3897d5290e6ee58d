/* allocator=ALLOC/SIZE:FREE/PTR shapes (issue 27): a calloc-like
   allocator without alloc_size (xcalloc/0*1), a context-first pair
   whose free takes the pointer second (db_alloc/1:db_free/1), a size in
   the second argument (tagged_alloc/1), an out-parameter for the usable
   size (zmalloc_usable/0).  The heap is counted through the linker's
   --wrap: the small cases no longer reach malloc, the large ones still
   do, and every result is checked.  The context of db_free is itself an
   object of the same family: were it taken for the freed object, its
   free would be deleted with the promotion of the other.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1 -fchecking -Wl,--wrap=malloc -Wl,--wrap=calloc -Wl,--wrap=free -fplugin-arg-escape-allocator=xcalloc/0*1:xfree,db_alloc/1:db_free/1,tagged_alloc/1:xfree,zmalloc_usable/0:xfree,db_alloc2/1:db_free2" } */
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
void *__wrap_calloc (size_t n, size_t m) { mallocs++; return __real_calloc (n, m); }
void __wrap_free (void *p) { if (p) frees++; __real_free (p); }

struct db { int live; int tag; };

__attribute__ ((noinline)) void *
xcalloc (size_t n, size_t m)
{
  return calloc (n, m);
}

__attribute__ ((noinline)) void
xfree (void *p)
{
  free (p);
}

__attribute__ ((noinline)) void *
db_alloc (struct db *db, size_t n)
{
  db->live++;
  return malloc (n);
}

__attribute__ ((noinline)) void
db_free (struct db *db, void *p)
{
  if (p)
    db->live--;
  free (p);
}

__attribute__ ((noinline)) void *
db_alloc2 (struct db *db, size_t n)
{
  db->live++;
  return malloc (n);
}

__attribute__ ((noinline)) void
db_free2 (struct db *db, void *p)
{
  if (p)
    db->live--;
  free (p);
}

__attribute__ ((noinline)) void *
tagged_alloc (int tag, size_t n)
{
  void *p = malloc (n);
  if (p && n)
    memset (p, tag, n);
  return p;
}

__attribute__ ((noinline)) void *
zmalloc_usable (size_t n, size_t *usable)
{
  void *p = malloc (n);
  if (usable)
    *usable = n;
  return p;
}

__attribute__ ((noinline)) static long
sum_squares (size_t n)
{
  long *v = xcalloc (n, sizeof *v); /* { dg-note "xcalloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += v[i];
  for (size_t i = 0; i < n; i++)
    v[i] = (long) (i * i);
  for (size_t i = 0; i < n; i++)
    s += v[i];
  xfree (v);
  return s;
}

__attribute__ ((noinline)) static int
fixed_calloc (void)
{
  int *v = xcalloc (4, sizeof *v); /* { dg-note "xcalloc\\(...\\) promoted to stack \\(16 bytes\\)" } */
  int s = v[0] + v[1] + v[2] + v[3];
  v[2] = 5;
  s += v[2];
  xfree (v);
  return s;
}

/* The context is an object of the family: root gives db, db gives p.
   The context escapes through the free (a deallocator's other arguments
   go to a function the plugin does not read), so db stays on the heap;
   p is promoted and db_free (db, p) frees p, never db.  */
__attribute__ ((noinline)) static int
nested (struct db *root, size_t n)
{
  struct db *db = db_alloc (root, sizeof *db); /* { dg-note "db_alloc\\(...\\) not promoted: escapes" } */
  db->live = 0;
  db->tag = 3;
  char *p = db_alloc (db, n); /* { dg-note "db_alloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  memset (p, 'a', n);
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i] == 'a';
  db_free (db, p);
  s += db->tag;
  db_free (root, db);
  return s;
}

/* Without PTR, a two-parameter free has no shape: not a deallocation
   but a call, which frees its argument: the object stays on the heap.  */
__attribute__ ((noinline)) static int
unshaped_free (struct db *root, size_t n)
{
  char *p = db_alloc2 (root, n); /* { dg-note "db_alloc2\\(...\\) not promoted: freed-elsewhere" } */
  memset (p, 'b', n);
  int s = p[0] == 'b';
  db_free2 (root, p);
  return s;
}

__attribute__ ((noinline)) static int
second_arg (size_t n)
{
  unsigned char *p = tagged_alloc (7, n); /* { dg-note "tagged_alloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  memset (p, 1, n);
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  xfree (p);
  return s;
}

__attribute__ ((noinline)) static size_t
usable (size_t n)
{
  size_t got = 0;
  unsigned char *p = zmalloc_usable (n, &got); /* { dg-note "zmalloc_usable\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  if (got < n)
    abort ();
  memset (p, 2, got);
  size_t s = 0;
  for (size_t i = 0; i < got; i++)
    s += p[i];
  xfree (p);
  return s >= 2 * n ? n : 0;
}

__attribute__ ((noinline)) static int
usable_fixed (void)
{
  size_t got = 0;
  int *p = zmalloc_usable (3 * sizeof *p, &got); /* { dg-note "zmalloc_usable\\(...\\) promoted to stack \\(12 bytes\\)" } */
  p[0] = 1;
  p[2] = 2;
  int r = p[0] + p[2] + (int) got;
  xfree (p);
  return r;
}

__attribute__ ((noinline)) static int
usable_null (size_t n)
{
  char *p = zmalloc_usable (n, NULL); /* { dg-note "zmalloc_usable\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  memset (p, 'c', n);
  int r = p[n - 1] == 'c';
  xfree (p);
  return r;
}

/* The out-parameter is a pointer the caller passes in: not an address
   the promoted site can be sure of.  */
__attribute__ ((noinline)) static int
usable_through (size_t n, size_t *got)
{
  char *p = zmalloc_usable (n, got); /* { dg-note "zmalloc_usable\\(...\\) not promoted: out-param" } */
  memset (p, 'd', n);
  int r = p[0] == 'd';
  xfree (p);
  return r;
}

int
main (void)
{
  struct db root = { 0, 0 };
  size_t got = 0;
  /* Small sizes: no call of malloc or free but nested's context.  */
  if (sum_squares (10) != 285 || fixed_calloc () != 5
      || nested (&root, 100) != 103 || second_arg (50) != 50
      || usable (40) != 40 || usable_fixed () != 15 || usable_null (9) != 1)
    abort ();
  if (mallocs != 1 || frees != 1 || root.live != 0)
    abort ();
  /* Above the buffer: the allocator, and its free, as before.  */
  if (sum_squares (100) != 328350 || nested (&root, 300) != 303
      || second_arg (300) != 300 || usable (300) != 300)
    abort ();
  if (mallocs != 6 || frees != 6)
    abort ();
  /* Not promoted: still on the heap.  */
  if (unshaped_free (&root, 10) != 1 || usable_through (10, &got) != 1
      || got != 10)
    abort ();
  if (mallocs != 8 || frees != 8 || root.live != 0)
    abort ();
  return 0;
}
