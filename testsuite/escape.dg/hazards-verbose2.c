/* hazards-verbose2.c - flow notes at verbose=2.

   At verbose=2 every "escapes" note is followed by its flow, like a
   hazard warning is; "does not escape" has no flow.  Covers a call, an
   indirect call, an integer conversion, inline asm, and a hazard
   (global) next to them, each step at its own line.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=2" } */

#include <stdint.h>

extern void ext (int *);
extern void ext_long (long);
extern void (*gfp) (int *);
int *g;

void
mixed (void)
{
  int c; /* { dg-note "address of 'c' escapes: passed to 'ext'" } */
  int f; /* { dg-note "address of 'f' escapes: passed to an indirect call" } */
  int i; /* { dg-note "address of 'i' escapes: converted to an integer" } */
  int a; /* { dg-note "address of 'a' escapes: used by inline asm" } */
  int h; /* { dg-warning "address of 'h' escapes: stored in global 'g'" } */
  int n = 0; /* { dg-note "'n' does not escape" } */
  /* { dg-bogus "flow: address of 'n'" "no flow for a local that does not escape" { target *-*-* } 25 } */
  int *pc = &c; /* { dg-note "flow: address of 'c' taken at \\S*:27" } */
  /* { dg-note "flow: assigned to 'pc' at \\S*:27" "" { target *-*-* } 27 } */
  ext (pc); /* { dg-note "flow: passed to 'ext' at \\S*:29" } */
  int *pf = &f; /* { dg-note "flow: address of 'f' taken at \\S*:30" } */
  /* { dg-note "flow: assigned to 'pf' at \\S*:30" "" { target *-*-* } 30 } */
  gfp (pf); /* { dg-note "flow: passed to an indirect call at \\S*:32" } */
  int *pi = &i; /* { dg-note "flow: address of 'i' taken at \\S*:33" } */
  /* { dg-note "flow: assigned to 'pi' at \\S*:33" "" { target *-*-* } 33 } */
  long li = (long) pi; /* { dg-note "flow: converted to an integer at \\S*:35" } */
  ext_long (li);
  int *pa = &a; /* { dg-note "flow: address of 'a' taken at \\S*:37" } */
  /* { dg-note "flow: assigned to 'pa' at \\S*:37" "" { target *-*-* } 37 } */
  __asm__ volatile ("" : : "r" (pa)); /* { dg-note "flow: used by inline asm at \\S*:39" } */
  int *ph = &h; /* { dg-note "flow: address of 'h' taken at \\S*:40" } */
  /* { dg-note "flow: assigned to 'ph' at \\S*:40" "" { target *-*-* } 40 } */
  g = ph; /* { dg-note "flow: stored in global 'g' at \\S*:42" } */
  int *pn = &n;
  *pn = 1;
}
/* The path that keeps a store (hazards-kept-flow.c tests it).  */
/* { dg-prune-output "flow: still stored" } */
