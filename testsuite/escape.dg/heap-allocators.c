/* Allocation sites: every allocator the analysis knows, each once kept
   private and once escaping.  The message names the allocator.
   realloc's result is a new allocation site; posix_memalign's object is
   the one written through its out-parameter; a user function declared
   __attribute__((malloc)) is an allocator too.  Freeing is not an
   escape.  */
/* { dg-do compile } */
/* The harness adds -fno-show-column: stock DejaGnu matches ":LINE:"
   anywhere, so a column number could be taken for a line.  */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#define _GNU_SOURCE 1
#include <stdlib.h>
#include <string.h>
#include <malloc.h>

void *g;
extern void ext (void *);
extern void *my_alloc (size_t) __attribute__ ((malloc));

/* --- malloc --------------------------------------------------------- */

int malloc_private (void)
{
  int *p = malloc (4 * sizeof *p); /* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}

void *malloc_returned (void)
{
  return malloc (16);		/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: returned" } */
}

void malloc_global (void)
{
  g = malloc (16);		/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: stored in global 'g'" } */
}

void malloc_call (void)
{
  void *p = malloc (16);	/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: passed to 'ext'" } */
  ext (p);
}

void malloc_out (void **out)	/* { dg-note "out does not escape" } */
{
  *out = malloc (16);		/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: stored in memory of the caller, through parameter 'out'" } */
}

/* Never freed, never stored anywhere: a leak, but not an escape.  */
void malloc_leaked (void)
{
  char *p = malloc (16);	/* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  p[0] = 0;
}

/* --- calloc --------------------------------------------------------- */

long calloc_private (size_t n)
{
  long *p = calloc (n, sizeof *p); /* { dg-note "calloc\\(\\.\\.\\.\\) does not escape" } */
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  free (p);
  return s;
}

void calloc_global (void)
{
  g = calloc (4, 4);		/* { dg-note "calloc\\(\\.\\.\\.\\) escapes to heap: stored in global 'g'" } */
}

/* --- realloc -------------------------------------------------------- */

/* Both the first block and the grown one stay private.  */
int realloc_private (void)
{
  char *p = malloc (4);		/* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  char *q = realloc (p, 8);	/* { dg-note "realloc\\(\\.\\.\\.\\) does not escape" } */
  int r = q[0];
  free (q);
  return r;
}

/* realloc may hand back the same block, so returning its result
   makes the first block escape too.  */
void *realloc_returned (void)
{
  char *p = malloc (4);		/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: returned" } */
  return realloc (p, 8);	/* { dg-note "realloc\\(\\.\\.\\.\\) escapes to heap: returned" } */
}

/* --- aligned allocators --------------------------------------------- */

int aligned_alloc_private (void)
{
  char *p = aligned_alloc (64, 128); /* { dg-note "aligned_alloc\\(\\.\\.\\.\\) does not escape" } */
  int r = p[0];
  free (p);
  return r;
}

void *aligned_alloc_returned (void)
{
  return aligned_alloc (64, 128); /* { dg-note "aligned_alloc\\(\\.\\.\\.\\) escapes to heap: returned" } */
}

int memalign_private (void)
{
  char *p = memalign (32, 64);	/* { dg-note "memalign\\(\\.\\.\\.\\) does not escape" } */
  int r = p[0];
  free (p);
  return r;
}

void memalign_call (void)
{
  ext (memalign (32, 64));	/* { dg-note "memalign\\(\\.\\.\\.\\) escapes to heap: passed to 'ext'" } */
}

/* posix_memalign writes the new block's address through its first
   argument.  The holder of that address is itself on the heap here: a
   local "void *p" would not do, because at -O2 GCC passes a temporary
   instead of &p, and the note about p would differ between -O0 and -O2.  */
struct holder { void *block; int tag; };

int posix_memalign_private (void)
{
  struct holder *h = malloc (sizeof *h); /* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  int r = -1;
  if (posix_memalign (&h->block, 64, 128) == 0) /* { dg-note "posix_memalign\\(\\.\\.\\.\\) does not escape" } */
    {
      r = *(char *) h->block;
      free (h->block);
    }
  free (h);
  return r;
}

void posix_memalign_global (void)
{
  struct holder *h = malloc (sizeof *h); /* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  if (posix_memalign (&h->block, 64, 128) == 0) /* { dg-note "posix_memalign\\(\\.\\.\\.\\) escapes to heap: stored in global 'g'" } */
    g = h->block;
  free (h);
}

/* At -O2 GCC lowers this to "*out = __builtin_assume_aligned (*out, 64)",
   which copies the old *out back into *out: the analysis then says
   "leaking param content: out", a harmless imprecision.  */
int posix_memalign_out (void **out) /* { dg-note "(out does not escape|leaking param content: out)" } */
{
  return posix_memalign (out, 64, 128); /* { dg-note "posix_memalign\\(\\.\\.\\.\\) escapes to heap: stored in memory of the caller, through parameter 'out'" } */
}

/* --- string duplicates ---------------------------------------------- */

size_t strdup_private (const char *s) /* { dg-note "s does not escape" } */
{
  char *d = strdup (s);		/* { dg-note "strdup\\(\\.\\.\\.\\) does not escape" } */
  size_t n = strlen (d);
  free (d);
  return n;
}

char *strdup_returned (const char *s) /* { dg-note "s does not escape" } */
{
  return strdup (s);		/* { dg-note "strdup\\(\\.\\.\\.\\) escapes to heap: returned" } */
}

int strndup_private (const char *s) /* { dg-note "s does not escape" } */
{
  char *d = strndup (s, 3);	/* { dg-note "strndup\\(\\.\\.\\.\\) does not escape" } */
  int r = d[0];
  free (d);
  return r;
}

void strndup_global (const char *s) /* { dg-note "s does not escape" } */
{
  g = strndup (s, 3);		/* { dg-note "strndup\\(\\.\\.\\.\\) escapes to heap: stored in global 'g'" } */
}

/* --- a user allocator ----------------------------------------------- */

int my_alloc_private (void)
{
  char *p = my_alloc (8);	/* { dg-note "my_alloc\\(\\.\\.\\.\\) does not escape" } */
  int r = p[0];
  free (p);
  return r;
}

void my_alloc_call (void)
{
  ext (my_alloc (8));		/* { dg-note "my_alloc\\(\\.\\.\\.\\) escapes to heap: passed to 'ext'" } */
}

/* A malloc-attributed function defined here: inside it, the block is
   returned; each call of it is a new allocation site in its caller.  */
__attribute__ ((malloc)) void *
zalloc (size_t n)
{
  void *p = calloc (1, n);	/* { dg-note "calloc\\(\\.\\.\\.\\) escapes to heap: returned" } */
  return p;
}

int zalloc_private (void)
{
  int *p = zalloc (sizeof *p);	/* { dg-note "zalloc\\(\\.\\.\\.\\) does not escape" } */
  int r = *p;
  free (p);
  return r;
}

/* Freeing a parameter is not an escape.  */
void release (void *p)		/* { dg-note "p does not escape" } */
{
  free (p);
}
