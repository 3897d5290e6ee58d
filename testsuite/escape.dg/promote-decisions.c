/* Promotion decisions: each promoted site and each reason a candidate
   is refused (heap-to-stack, -fplugin-arg-escape-promote).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1 -Wno-alloc-size-larger-than -fchecking" } */
/* { dg-prune-output "param" } */
/* { dg-prune-output "does not escape" } */
/* { dg-prune-output "escapes to heap" } */

#include <stdlib.h>

int *keep_me;
extern void consume (void *);

int
promoted_malloc (void)
{
  int *v = malloc (4 * sizeof *v); /* { dg-note "malloc\\(...\\) promoted to stack \\(16 bytes\\)" } */
  v[0] = 1;
  int r = v[0];
  free (v);
  return r;
}

int
promoted_calloc (void)
{
  int *z = calloc (4, sizeof *z); /* { dg-note "calloc\\(...\\) promoted to stack \\(16 bytes\\)" } */
  int r = z[2];
  free (z);
  return r;
}

int
promoted_aligned (void)
{
  double *d = aligned_alloc (64, 128); /* { dg-note "aligned_alloc\\(...\\) promoted to stack \\(128 bytes\\)" } */
  d[1] = 2.0;
  int r = (int) d[1];
  free (d);
  return r;
}

int
promoted_never_freed (void)
{
  char *b = malloc (8); /* { dg-note "malloc\\(...\\) promoted to stack \\(8 bytes\\)" } */
  b[0] = 'x';
  return b[0];
}

int
refused_escapes (void)
{
  int *e = malloc (8); /* { dg-note "malloc\\(...\\) not promoted: escapes" } */
  keep_me = e;
  return 0;
}

int
promoted_variable (int n)
{
  char *b = malloc (n); /* { dg-note "malloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  b[0] = 1;
  int r = b[0];
  free (b);
  return r;
}

int
refused_non_constant (size_t align)
{
  char *b = aligned_alloc (align, 64); /* { dg-note "aligned_alloc\\(...\\) not promoted: non-constant-size" } */
  b[0] = 1;
  int r = b[0];
  free (b);
  return r;
}

int
refused_too_large (void)
{
  char *b = malloc (4096); /* { dg-note "malloc\\(...\\) not promoted: too-large \\(4096 bytes, limit 256\\)" } */
  b[0] = 1;
  int r = b[0];
  free (b);
  return r;
}

int
refused_calloc_overflow (void)
{
  char *b = calloc ((size_t) -1 / 2, 4); /* { dg-note "calloc\\(...\\) not promoted: too-large" } */
  int r = b != 0;
  free (b);
  return r;
}

static void
release (int *p)
{
  free (p);
}

int
refused_freed_elsewhere (void)
{
  int *p = malloc (8); /* { dg-note "malloc\\(...\\) not promoted: freed-elsewhere" } */
  p[0] = 1;
  int r = p[0];
  release (p);
  return r;
}

int
refused_realloc (void)
{
  int *p = malloc (8); /* { dg-note "malloc\\(...\\) not promoted: realloc" } */
  int *q = realloc (p, 16); /* { dg-note "realloc\\(...\\) not promoted: unsupported-allocator" } */
  int r = q != 0;
  free (q);
  return r;
}

int
refused_maybe_another (int c)
{
  int *a = malloc (8); /* { dg-note "malloc\\(...\\) not promoted: freed-elsewhere" } */
  int *b = malloc (8); /* { dg-note "malloc\\(...\\) not promoted: freed-elsewhere" } */
  int *p = c ? a : b;  /* free (p) may free either: cannot be removed */
  p[0] = 1;
  free (p);
  return 0;
}

int
refused_loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      int *p = malloc (16); /* { dg-note "malloc\\(...\\) not promoted: live-across-iterations" } */
      p[0] = i;
      s += p[0];
    }
  return s;
}

int
promoted_loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      int *p = malloc (16); /* { dg-note "malloc\\(...\\) promoted to stack \\(16 bytes\\)" } */
      p[0] = i;
      s += p[0];
      free (p);
    }
  return s;
}

int
refused_loop_conditional_free (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      int *p = malloc (16); /* { dg-note "malloc\\(...\\) not promoted: live-across-iterations" } */
      p[0] = i;
      s += p[0];
      if (i & 1)
	free (p);
    }
  return s;
}

int
refused_zero (void)
{
  char *b = malloc (0); /* { dg-note "malloc\\(...\\) not promoted: zero-size" } */
  int r = b != 0;
  free (b);
  return r;
}

/* strdup, by its built-in name too, is promoted with a fallback.  */
int
builtin_strdup (const char *s)
{
  char *d = __builtin_strdup (s); /* { dg-note "strdup\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  int r = d[0];
  free (d);
  return r;
}
