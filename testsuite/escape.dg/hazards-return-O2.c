/* hazards-return-O2.c - returns through SSA values at -O2.

   At -O2 GCC's own -Wreturn-local-addr (isolate-paths) reports a local's
   address that reaches a return purely through SSA copies, PHIs or
   pointer arithmetic.  The plugin does not defer to it: it always gives
   its own warning, with its flow, at every -O level.  This file checks
   both: GCC's warning (and its "declared here" note) is there, and so
   is the plugin's warning with the path the address took.  Returns
   through memory (a struct returned by value) are not seen by GCC, so
   there only the plugin warns (see also hazards-return-mem.c).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-verbose=1" } */

int *
through_var (void)
{
  int x = 1; /* { dg-warning "address of 'x' escapes: returned" } */
  /* { dg-note "declared here" "GCC's note" { target *-*-* } .-1 } */
  int *p = &x; /* { dg-note "flow: address of 'x' taken at \\S*:19" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:19" "" { target *-*-* } .-1 } */
  return p; /* { dg-warning "function returns address of local variable" } */
  /* { dg-note "flow: returned at \\S*:21" "" { target *-*-* } .-1 } */
}

int *
through_phi (int c)
{
  int a; /* { dg-warning "address of 'a' escapes: returned" } */
  /* { dg-note "declared here" "GCC's note" { target *-*-* } .-1 } */
  int b; /* { dg-warning "address of 'b' escapes: returned" } */
  /* { dg-note "declared here" "GCC's note" { target *-*-* } .-1 } */
  int *p;
  if (c)
    p = &a; /* { dg-note "flow: address of 'a' taken at \\S*:34" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:34" "" { target *-*-* } .-1 } */
  else
    p = &b; /* { dg-note "flow: address of 'b' taken at \\S*:37" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:37" "" { target *-*-* } .-1 } */
  return p; /* { dg-warning "function returns address of local variable" } */
  /* { dg-note "flow: returned at \\S*:39" "" { target *-*-* } .-1 } */
}

int *
through_arith (int i)
{
  int arr[4]; /* { dg-warning "address of 'arr' escapes: returned" } */
  /* { dg-note "declared here" "GCC's note" { target *-*-* } .-1 } */
  int *p = arr + i; /* { dg-note "flow: address of 'arr' taken at \\S*:48" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:48" "" { target *-*-* } .-1 } */
  return p; /* { dg-warning "function returns address of local variable" } */
  /* { dg-note "flow: returned at \\S*:50" "" { target *-*-* } .-1 } */
}

/* A PHI with the caller's pointer on one arm: GCC says "may return".  */
int *
local_or_param (int c, int *q) /* { dg-note "leaking param: q to result level=0" } */
{
  int y; /* { dg-warning "address of 'y' escapes: returned" } */
  /* { dg-note "declared here" "GCC's note" { target *-*-* } .-1 } */
  int *p = c ? &y : q; /* { dg-note "flow: address of 'y' taken at \\S*:60" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:60" "" { target *-*-* } .-1 } */
  return p; /* { dg-warning "function may return address of local variable" } */
  /* { dg-note "flow: returned at \\S*:62" "" { target *-*-* } .-1 } */
}

/* Through a struct returned by value, GCC sees nothing: plugin warning.  */
struct box { int *p; };

struct box
boxed (void)
{
  int z; /* { dg-warning "address of 'z' escapes: returned" } */
  /* { dg-bogus "declared here" "GCC does not see it" { target *-*-* } .-1 } */
  struct box b;
  b.p = &z; /* { dg-note "flow: address of 'z' taken at \\S*:75" } */
  /* { dg-note "flow: stored in 'b' at \\S*:75" "" { target *-*-* } .-1 } */
  return b; /* { dg-note "flow: returned at \\S*:77" } */
}
