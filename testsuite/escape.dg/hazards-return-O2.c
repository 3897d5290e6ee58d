/* hazards-return-O2.c - returns through SSA values at -O2.

   At -O2 GCC's own -Wreturn-local-addr (isolate-paths) reports a local's
   address that reaches a return purely through SSA copies, PHIs or
   pointer arithmetic.  The plugin then does not warn a second time: it
   only gives its note (verbose=1).  This file checks both halves: GCC's
   warning is there, the plugin's warning is not, the plugin's decision
   note is.  Returns through memory (a struct returned by value) are not
   seen by GCC, so those stay plugin warnings (see hazards-return-mem.c).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-verbose=1" } */

int *
through_var (void)
{
  int x = 1; /* { dg-note "address of 'x' escapes: returned" } */
  /* { dg-note "declared here" "GCC's note" { target *-*-* } 16 } */
  /* { dg-bogus "warning: address of 'x'" "no duplicate of GCC's warning" { target *-*-* } 16 } */
  int *p = &x;
  return p; /* { dg-warning "function returns address of local variable" } */
}

int *
through_phi (int c)
{
  int a; /* { dg-note "address of 'a' escapes: returned" } */
  /* { dg-note "declared here" "GCC's note" { target *-*-* } 26 } */
  /* { dg-bogus "warning: address of 'a'" "no duplicate of GCC's warning" { target *-*-* } 26 } */
  int b; /* { dg-note "address of 'b' escapes: returned" } */
  /* { dg-note "declared here" "GCC's note" { target *-*-* } 29 } */
  /* { dg-bogus "warning: address of 'b'" "no duplicate of GCC's warning" { target *-*-* } 29 } */
  int *p;
  if (c)
    p = &a;
  else
    p = &b;
  return p; /* { dg-warning "function returns address of local variable" } */
}

int *
through_arith (int i)
{
  int arr[4]; /* { dg-note "address of 'arr' escapes: returned" } */
  /* { dg-note "declared here" "GCC's note" { target *-*-* } 43 } */
  /* { dg-bogus "warning: address of 'arr'" "no duplicate of GCC's warning" { target *-*-* } 43 } */
  int *p = arr + i;
  return p; /* { dg-warning "function returns address of local variable" } */
}

/* A PHI with the caller's pointer on one arm: GCC says "may return".  */
int *
local_or_param (int c, int *q) /* { dg-note "leaking param: q to result level=0" } */
{
  int y; /* { dg-note "address of 'y' escapes: returned" } */
  /* { dg-note "declared here" "GCC's note" { target *-*-* } 54 } */
  /* { dg-bogus "warning: address of 'y'" "no duplicate of GCC's warning" { target *-*-* } 54 } */
  int *p = c ? &y : q;
  return p; /* { dg-warning "function may return address of local variable" } */
}

/* Through a struct returned by value, GCC sees nothing: plugin warning.  */
struct box { int *p; };

struct box
boxed (void)
{
  int z; /* { dg-warning "address of 'z' escapes: returned" } */
  struct box b;
  b.p = &z; /* { dg-note "flow: address of 'z' taken at \\S*:69" } */
  /* { dg-note "flow: stored in 'b' at \\S*:69" "" { target *-*-* } 69 } */
  return b; /* { dg-note "flow: returned at \\S*:71" } */
}
