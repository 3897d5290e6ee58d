/* The noescape attribute at definitions: a body that keeps a parameter
   it declares noescape (stores it where it outlives the call, returns
   it, frees it) is an error that names the path.  Reading it, or
   letting what it points to escape, is allowed.  */
/* { dg-do compile } */
/* { dg-options "" } */
/* { dg-prune-output "flow: value of parameter" } */
/* { dg-prune-output "flow: still stored at return" } */

#include <stdlib.h>

char *kept;

void
stores (char *p __attribute__ ((noescape))) /* { dg-error "parameter 'p' is declared 'noescape' but escapes: global" } */
{
  kept = p; /* { dg-note "flow: stored in global 'kept'" } */
}

char *returns (char *p) __attribute__ ((noescape (1)));

char *
returns (char *p) /* { dg-error "parameter 'p' is declared 'noescape' but escapes: returned" } */
{
  return p; /* { dg-note "flow: returned" } */
}

void frees (char *p) __attribute__ ((noescape (1)));

void
frees (char *p) /* { dg-error "parameter 'p' is declared 'noescape' but escapes: freed" } */
{
  free (p);
}

void
into_caller (char *p __attribute__ ((noescape)), char **out) /* { dg-error "parameter 'p' is declared 'noescape' but escapes: caller-memory" } */
{
  *out = p; /* { dg-note "flow: stored in memory of the caller, through parameter 'out'" } */
}

void
reads_only (char *p __attribute__ ((noescape)), char **q) /* { dg-bogus "error" } */
{
  kept = *q;
  p[0] = kept[0];
}

void
content_escapes (char **p __attribute__ ((noescape))) /* { dg-bogus "error" } */
{
  kept = *p;
}
