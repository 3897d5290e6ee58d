/* Decisions for variable-size sites: promoted with a fallback, and each
   refusal the new rule adds (recursive functions, the stack budget, the
   deallocator of another family).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1 -fchecking -Wno-mismatched-dealloc" } */
/* { dg-prune-output "param" } */
/* { dg-prune-output "does not escape" } */
/* { dg-prune-output "escapes to heap" } */

#include <stdlib.h>
#include <string.h>

extern void my_free (void *);
extern void *my_alloc (size_t) __attribute__ ((malloc, malloc (my_free)));

size_t
joined (const char *a, const char *b)
{
  size_t n = strlen (a), m = strlen (b);
  char *s = malloc (n + m + 1); /* { dg-note "malloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  memcpy (s, a, n);
  memcpy (s + n, b, m + 1);
  size_t r = strlen (s);
  free (s);
  return r;
}

int
copied (const char *a)
{
  char *s = strdup (a); /* { dg-note "strdup\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  int r = s[0];
  free (s);
  return r;
}

int
vector (size_t n)
{
  int *v = calloc (n, sizeof *v); /* { dg-note "calloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  int r = v[0];
  free (v);
  return r;
}

int
no_elements (size_t n)
{
  int *v = calloc (n, 0); /* { dg-note "calloc\\(...\\) not promoted: zero-size" } */
  int r = v != 0;
  free (v);
  return r;
}

int
elements_too_big (size_t n)
{
  char *v = calloc (n, 1000); /* { dg-note "calloc\\(...\\) not promoted: too-large" } */
  int r = v[0];
  free (v);
  return r;
}

/* A recursive function could stack a buffer per level: no fallback
   buffer unless promote-recursive asks for it; constant sites stay.  */
int
depth (const char *s, int n)
{
  char *c = strdup (s); /* { dg-note "strdup\\(...\\) not promoted: recursive" } */
  char *k = malloc (8); /* { dg-note "malloc\\(...\\) promoted to stack \\(8 bytes\\)" } */
  k[0] = c[0];
  int r = n > 0 ? depth (s, n - 1) + k[0] : k[0];
  free (k);
  free (c);
  return r;
}

/* The budget (1 KiB by default): constant sites count first, then the
   fallback buffers in order; the fifth 256-byte buffer does not fit.  */
int
budget (size_t n)
{
  char *a = malloc (200); /* { dg-note "malloc\\(...\\) promoted to stack \\(200 bytes\\)" } */
  char *b = malloc (n); /* { dg-note "malloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  char *c = malloc (n); /* { dg-note "malloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  char *d = malloc (n); /* { dg-note "malloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  char *e = malloc (n); /* { dg-note "malloc\\(...\\) not promoted: stack-budget" } */
  a[0] = b[0] = c[0] = d[0] = e[0] = 1;
  int r = a[0] + b[0] + c[0] + d[0] + e[0];
  free (a);
  free (b);
  free (c);
  free (d);
  free (e);
  return r;
}

/* A free of another family cannot be rewritten: the object stays.  */
int
other_family (size_t n)
{
  char *p = malloc (n); /* { dg-note "malloc\\(...\\) not promoted: freed-elsewhere" } */
  p[0] = 1;
  int r = p[0];
  my_free (p);
  return r;
}
