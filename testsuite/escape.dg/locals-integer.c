/* locals-integer.c - a local's address converted to an integer.

   An address turned into an integer that is then used can no longer be
   followed, so the local escapes: "converted to an integer".  An integer
   that is only compared (or not used at all) cannot carry the address
   anywhere, so the local does not escape.  Converting an address back
   from an integer is not understood either: the local escapes.

   When the integer also escapes in a hazardous way, the hazard wins:
   returned (even as an integer, even after arithmetic) or stored in a
   global integer is a warning with that reason.  Only an integer passed
   to a call, or kept in a local and turned back into a pointer, stays
   "converted to an integer" (a note).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdint.h>

extern void ext_long (long);
long gl;

intptr_t
returned_as_integer (void)
{
  int r; /* { dg-possible "address of 'r' may outlive \\S+: returned" "hazard wins" } */
  intptr_t v = (intptr_t) &r; /* { dg-possible-note "flow: address of 'r' taken at \\S*:26" } */
  /* { dg-possible-note "flow: assigned to 'v' at \\S*:26" "" { target *-*-* } .-1 } */
  return v; /* { dg-possible-note "flow: returned at \\S*:28" } */
}

void
passed_as_integer (void)
{
  int s; /* { dg-note "address of 's' escapes: converted to an integer" } */
  ext_long ((long) &s);
}

long
integer_arithmetic (int i)
{
  char buf[16]; /* { dg-possible "address of 'buf' may outlive \\S+: returned" "hazard wins" } */
  uintptr_t u = (uintptr_t) buf; /* { dg-possible-note "flow: address of 'buf' taken at \\S*:42" } */
  /* { dg-possible-note "flow: assigned to 'u' at \\S*:42" "" { target *-*-* } .-1 } */
  u += i; /* { dg-possible-note "flow: assigned to 'u' at \\S*:44" } */
  return (long) u; /* { dg-possible-note "flow: returned at \\S*:45" } */
}

/* Back to a pointer through an integer variable: the analysis cannot
   follow it.  */
int
round_trip (void)
{
  int t = 1; /* { dg-note "address of 't' escapes: converted to an integer" } */
  uintptr_t u = (uintptr_t) &t;
  int *q = (int *) u;
  return *q;
}

/* Within one expression GCC's front end folds the round trip back to
   '&t2' before the analysis runs: no integer is left, nothing escapes.  */
int
folded_round_trip (void)
{
  int t2 = 1; /* { dg-note "'t2' does not escape" } */
  int *q = (int *) (uintptr_t) &t2;
  return *q;
}

void
integer_to_global (void)
{
  int c; /* { dg-possible "address of 'c' may outlive \\S+: stored in global 'gl'" "hazard wins over the integer" } */
  /* { dg-bogus "converted to an integer" "hazard wins" { target *-*-* } .-1 } */
  gl = (long) &c; /* { dg-possible-note "flow: address of 'c' taken at \\S*:74" } */
  /* { dg-possible-note "flow: stored in global 'gl' at \\S*:74" "" { target *-*-* } .-1 } */
}

/* Only compared: the integers are dead after the comparison.  */
int
compared_only (void)
{
  int a; /* { dg-note "'a' does not escape" } */
  int b; /* { dg-note "'b' does not escape" } */
  return (uintptr_t) &a < (uintptr_t) &b;
}

int
compared_pointer_var (int *other) /* { dg-note "other does not escape" } */
{
  int e; /* { dg-note "'e' does not escape" } */
  int *p = &e;
  return (uintptr_t) p == (uintptr_t) other;
}

/* Converted but never used.  */
void
dead_integer (void)
{
  int d; /* { dg-note "'d' does not escape" } */
  uintptr_t u = (uintptr_t) &d;
  (void) u;
}

/* Pointer comparisons (no integer at all) are not escapes.  */
int
pointer_compare (int n)
{
  int arr[4]; /* { dg-note "'arr' does not escape" } */
  int *end = arr + 4;
  int k = 0;
  for (int *p = arr; p != end && k < n; p++)
    k++;
  return k;
}
/* The path that keeps a store (hazards-kept-flow.c tests it).  */
/* { dg-prune-output "flow: still stored" } */
