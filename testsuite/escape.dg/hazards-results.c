/* hazards-results.c - a local's address that comes back as a call's
   result or through a choice, definite by default: a same-file callee
   that must-returns its parameter (or a pointer into it, or NULL), the C
   library's searches and copies that return a pointer into their first
   argument, MIN, MAX and ?: of two locals (each warns), compound
   literals; and the shapes that stay possible or quiet.  */
/* { dg-do compile } */
#define _GNU_SOURCE
#include <string.h>

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

char *g_str;
void log_line (const char *);

static int *ident (int *p) { return p; }
static char *fill (char *b, int n) { memset (b, 'a', n); b[n - 1] = 0; return b; }
static char *skip (char *s) { if (!s) return 0; while (*s == ' ') s++; return s; }
static char *maybe (char *s, int c) { if (c) return s; return g_str; }

/* --- definite ------------------------------------------------------------ */

int *
through_ident (void)
{
  int x; /* { dg-warning "address of 'x' escapes: returned" } */
  return ident (&x);
}

char *
through_fill (int n)
{
  char buf[16]; /* { dg-warning "address of 'buf' escapes: returned" } */
  return fill (buf, n);
}

char *
through_skip (void)
{
  char buf[16] = "  x"; /* { dg-warning "address of 'buf' escapes: returned" } */
  return skip (buf);
}

void
through_ident_to_global (void)
{
  char buf[16]; /* { dg-warning "address of 'buf' escapes: stored in global 'g_str'" } */
  g_str = fill (buf, 4);
}

char *
through_strchr (void)
{
  char buf[16]; /* { dg-warning "address of 'buf' escapes: returned" } */
  strcpy (buf, "a:b");
  return strchr (buf, ':');
}

char *
through_strrchr (const char *s)
{
  char buf[64]; /* { dg-warning "address of 'buf' escapes: returned" } */
  strcpy (buf, s);
  return strrchr (buf, '/');
}

char *
through_stpcpy (const char *s)
{
  char buf[64]; /* { dg-warning "address of 'buf' escapes: returned" } */
  return stpcpy (buf, s);
}

void *
through_mempcpy (const void *s)
{
  char buf[64]; /* { dg-warning "address of 'buf' escapes: returned" } */
  return mempcpy (buf, s, 8);
}

int *
min_of_two (void)
{
  int a; /* { dg-warning "address of 'a' escapes: returned" } */
  int b; /* { dg-warning "address of 'b' escapes: returned" } */
  int *p = &a, *q = &b;
  return MIN (p, q);
}

int *
max_of_two (void)
{
  int a; /* { dg-warning "address of 'a' escapes: returned" } */
  int b; /* { dg-warning "address of 'b' escapes: returned" } */
  int *p = &a, *q = &b;
  return MAX (p, q);
}

int *
choice_of_two (int c)
{
  int a; /* { dg-warning "address of 'a' escapes: returned" } */
  int b; /* { dg-warning "address of 'b' escapes: returned" } */
  return c ? &a : &b;
}

int *
compound_literal (void)
{
  return (int[]) { 1, 2 }; /* { dg-warning "address of a compound literal escapes: returned" } */
}

/* --- possible or quiet --------------------------------------------------- */

/* The callee returns its parameter on some paths only.  */
char *
through_maybe (int c)
{
  char buf[16]; /* { dg-possible "address of 'buf' may outlive 'through_maybe': returned" } */
  return maybe (buf, c);
}

/* MIN of a local and a parameter: some run returns the local (as for a
   PHI, one operand suffices; GCC's Wreturn-local-addr-8.c warns too).  */
int *
min_with_param (int *p)
{
  int a; /* { dg-warning "address of 'a' escapes: returned" } */
  int *q = &a;
  return MIN (p, q);
}

/* The result is only read.  */
int
result_read (void)
{
  char buf[16]; /* { dg-bogus "address of 'buf'" } */
  strcpy (buf, "a:b");
  char *colon = strchr (buf, ':');
  return colon ? colon - buf : -1;
}

/* { dg-prune-output "flow:" } */
/* { dg-prune-output "declared here" } */
/* { dg-prune-output "Wreturn-local-addr" } */
/* { dg-prune-output "returns address of local" } */
/* { dg-prune-output "in expansion of macro" } */
