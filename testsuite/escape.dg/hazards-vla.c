/* hazards-vla.c - variable-length arrays and alloca are stack memory.

   A VLA is a local like any other, and alloca'd memory dies with the
   frame too, so storing their address in a global or returning it is a
   hazard, exactly as for a fixed-size array.  A VLA used locally does
   not escape.

   BUG (xfails): the plugin models a VLA (GCC's __builtin_alloca_with_align)
   and alloca as heap allocations: it says "alloca_with_align(...)
   escapes to heap: stored in global 'g'" as a note at verbose>=1, and
   nothing at all at verbose=0, so these hazards are never warned
   about.  */
/* { dg-do compile } */

#include <alloca.h>

int *g;

void
vla_to_global (int n)
{
  int a[n]; /* { dg-warning "address of 'a' escapes: stored in global 'g'" "VLA is a local" { xfail *-*-* } } */
  g = &a[0]; /* { dg-note "flow: \[^\n\]*stored in global 'g'" "" { xfail *-*-* } } */
}

void
alloca_to_global (int n)
{
  int *p = alloca (n * sizeof (int)); /* { dg-warning "escapes\[^\n\]*: stored in global 'g'" "alloca memory is stack memory" { xfail *-*-* } } */
  g = p; /* { dg-note "flow: \[^\n\]*stored in global 'g'" "" { xfail *-*-* } } */
}

struct span { int *data; int len; };

struct span
vla_returned (int n)
{
  int b[n]; /* { dg-warning "address of 'b' escapes: returned" "VLA is a local" { xfail *-*-* } } */
  struct span s = { b, n }; /* { dg-note "flow: \[^\n\]*'b'" "" { xfail *-*-* } } */
  return s; /* { dg-note "flow: returned" "" { xfail *-*-* } } */
}

/* Used locally: nothing to say.  */
int
vla_local (int n)
{
  int c[n]; /* { dg-bogus "escapes" } */
  for (int i = 0; i < n; i++)
    c[i] = i;
  return n > 0 ? c[n - 1] : 0;
}
