/* locals-integer.c - a local's address converted to an integer.

   An address turned into an integer that is then used can no longer be
   followed, so the local escapes: "converted to an integer".  An integer
   that is only compared (or not used at all) cannot carry the address
   anywhere, so the local does not escape.  Converting an address back
   from an integer is not understood either: the local escapes.

   INCONSISTENCY (xfail): an address converted to an integer and stored
   in a global integer is reported as "stored in global 'gl'" (a hazard
   warning, with no conversion step in the flow), while the same integer
   returned or passed to a call is "converted to an integer".  The
   documented root for a pointer cast to an integer is 'integer'.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdint.h>

extern void ext_long (long);
long gl;

intptr_t
returned_as_integer (void)
{
  int r; /* { dg-note "address of 'r' escapes: converted to an integer" } */
  intptr_t v = (intptr_t) &r;
  return v;
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
  char buf[16]; /* { dg-note "address of 'buf' escapes: converted to an integer" } */
  uintptr_t u = (uintptr_t) buf;
  u += i;
  return (long) u;
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
  int c; /* { dg-note "address of 'c' escapes: converted to an integer" "documented integer root" { xfail *-*-* } } */
  /* { dg-bogus "warning: address of 'c' escapes: stored in global 'gl'" "integer store reported as a pointer store" { xfail *-*-* } 70 } */
  gl = (long) &c;
  /* { dg-bogus "flow: address of 'c' taken" "flow of the integer store" { xfail *-*-* } 72 } */
  /* { dg-bogus "flow: stored in global 'gl'" "flow of the integer store" { xfail *-*-* } 72 } */
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
