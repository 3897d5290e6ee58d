/* hazards-transitive.c - a local stored in an object that itself escapes.

   When the address of 'x' is stored in 'o' and 'o' escapes, 'x' escapes
   too ("stored in 'o', which escapes", reason escaping-object).  It is a
   hazard (a warning) when the chain ends in a hazard: returned, a global,
   the caller's memory or another thread.  Covers: a local struct whose
   address goes to a global, a two-level chain (x <- p1 <- p2 -> global),
   a local pointer array handed to the caller, a heap object returned,
   and a compound literal stored in a global.  Every object of the chain
   gets its own warning.  */
/* { dg-do compile } */

#include <stdlib.h>

struct S { int *p; int n; };

struct S *gS;
int ***gppp;
int **gpp;

void
struct_to_global (void)
{
  int x; /* { dg-possible "address of 'x' may outlive \\S+: stored in 's', which escapes" } */
  struct S s; /* { dg-warning "address of 's' escapes: stored in global 'gS'" } */
  s.p = &x; /* { dg-possible-note "flow: address of 'x' taken at \\S*:26" } */
  /* { dg-possible-note "flow: stored in 's' at \\S*:26" "" { target *-*-* } 26 } */
  gS = &s; /* { dg-note "flow: address of 's' taken at \\S*:28" } */
  /* { dg-note "flow: stored in global 'gS' at \\S*:28" "" { target *-*-* } 28 } */
}

void
two_levels (void)
{
  int x; /* { dg-possible "address of 'x' may outlive \\S+: stored in 'p1', which escapes" } */
  int *p1 = &x; /* { dg-possible "address of 'p1' may outlive \\S+: stored in 'p2', which escapes" } */
  /* { dg-possible-note "flow: address of 'x' taken at \\S*:36" "" { target *-*-* } 36 } */
  /* { dg-possible-note "flow: stored in 'p1' at \\S*:36" "" { target *-*-* } 36 } */
  int **p2 = &p1; /* { dg-warning "address of 'p2' escapes: stored in global 'gppp'" } */
  /* { dg-possible-note "flow: address of 'p1' taken at \\S*:39" "" { target *-*-* } 39 } */
  /* { dg-possible-note "flow: stored in 'p2' at \\S*:39" "" { target *-*-* } 39 } */
  gppp = &p2; /* { dg-note "flow: address of 'p2' taken at \\S*:42" } */
  /* { dg-note "flow: stored in global 'gppp' at \\S*:42" "" { target *-*-* } 42 } */
}

void
array_to_caller (int ***out)
{
  int a; /* { dg-possible "address of 'a' may outlive \\S+: stored in 'arr', which escapes" } */
  int b; /* { dg-possible "address of 'b' may outlive \\S+: stored in 'arr', which escapes" } */
  int *arr[2]; /* { dg-warning "address of 'arr' escapes: stored in memory of the caller, through parameter 'out'" } */
  arr[0] = &a; /* { dg-possible-note "flow: address of 'a' taken at \\S*:52" } */
  /* { dg-possible-note "flow: stored in 'arr' at \\S*:52" "" { target *-*-* } 52 } */
  arr[1] = &b; /* { dg-possible-note "flow: address of 'b' taken at \\S*:54" } */
  /* { dg-possible-note "flow: stored in 'arr' at \\S*:54" "" { target *-*-* } 54 } */
  *out = arr; /* { dg-note "flow: address of 'arr' taken at \\S*:56" } */
  /* { dg-note "flow: stored in memory of the caller, through parameter 'out' at \\S*:56" "" { target *-*-* } 56 } */
}

/* The local is stored in a heap object that is returned: the warning
   names the field and the return.  */
struct S *
heap_returned (void)
{
  int x; /* { dg-warning "address of 'x' escapes: stored in 'h->p', returned at \\S*:70" } */
  struct S *h = malloc (sizeof *h);
  h->p = &x; /* { dg-note "flow: address of 'x' taken at \\S*:67" } */
  /* { dg-note "flow: stored in 'h->p' at \\S*:67" "" { target *-*-* } 67 } */
  h->n = 1;
  return h; /* { dg-note "flow: returned at \\S*:70" } */
}

/* A compound literal holding the address, stored in a global.  */
void
literal_to_global (void)
{
  int x; /* { dg-possible "address of 'x' may outlive \\S+: stored in a compound literal, which escapes" } */
  gS = &(struct S) { &x, 1 }; /* { dg-warning "address of a compound literal escapes: stored in global 'gS'" } */
  /* { dg-possible-note "flow: address of 'x' taken at \\S*:78" "" { target *-*-* } 78 } */
  /* { dg-possible-note "flow: stored in a compound literal at \\S*:78" "" { target *-*-* } 78 } */
  /* { dg-note "flow: address of a compound literal taken at \\S*:78" "" { target *-*-* } 78 } */
  /* { dg-note "flow: stored in global 'gS' at \\S*:78" "" { target *-*-* } 78 } */
}

/* Not hazards: the holder stays local.  */
int
holder_stays_local (void)
{
  int x = 1; /* { dg-bogus "escapes" } */
  struct S s; /* { dg-bogus "escapes" } */
  struct S *sp = &s;
  sp->p = &x;
  return *sp->p;
}
/* The path that keeps a store (hazards-kept-flow.c tests it).  */
/* { dg-prune-output "flow: still stored" } */
