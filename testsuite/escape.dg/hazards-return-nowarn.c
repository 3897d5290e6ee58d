/* hazards-return-nowarn.c - pure SSA returns when GCC will not warn.

   The plugin warns about a returned local itself at every -O level; it
   never leaves that to GCC's own -Wreturn-local-addr.  With
   -Wno-return-local-addr GCC is silent even at -O2: only the plugin
   warns (see hazards-return-O1.c for -O1).  The harness runs this file
   once, at the -O2 its dg-options name.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wno-return-local-addr" } */

int *
through_var (void)
{
  int x = 1; /* { dg-warning "address of 'x' escapes: returned" } */
  int *p = &x; /* { dg-note "flow: address of 'x' taken at \\S*:15" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:15" "" { target *-*-* } 15 } */
  return p; /* { dg-note "flow: returned at \\S*:17" } */
  /* { dg-bogus "function returns address" "GCC warning is off" { target *-*-* } 17 } */
}

int *
through_arith (int i)
{
  long arr[4]; /* { dg-warning "address of 'arr' escapes: returned" } */
  long *p = &arr[1]; /* { dg-note "flow: address of 'arr' taken at \\S*:25" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:25" "" { target *-*-* } 25 } */
  p += i; /* { dg-note "flow: assigned to 'p' at \\S*:27" } */
  return (int *) p; /* { dg-note "flow: returned at \\S*:28" } */
}
