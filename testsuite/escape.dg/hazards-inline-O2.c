/* hazards-inline-O2.c - a returned local that GCC itself never reports.

   The plugin leaves pure SSA returns to GCC's -Wreturn-local-addr at -O2
   (hazards-return-O2.c).  But GCC only checks functions that still
   return the address after inlining.  A static function inlined into
   its only caller is never reported by GCC, so nobody warns unless the
   plugin does.

   BUG (xfail): the plugin predicts that GCC will warn (SSA-only return,
   -O2) and stays silent, so the hazard in 'helper' goes unreported.  The
   plugin analyses 'helper' before inlining, so it could and should warn.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

static int *
helper (void)
{
  int x = 1; /* { dg-warning "address of 'x' escapes: returned" "inlined helper: GCC does not warn, so the plugin must" { xfail *-*-* } } */
  int *p = &x; /* { dg-note "flow: address of 'x' taken at \\S*:19" "" { xfail *-*-* } } */
  /* { dg-note "flow: assigned to 'p' at \\S*:19" "" { xfail *-*-* } 19 } */
  return p; /* { dg-note "flow: returned at \\S*:21" "" { xfail *-*-* } } */
}

int
use_helper (void)
{
  return *helper ();
}

/* The same function, kept out of line: GCC warns, the plugin does not.  */
__attribute__ ((noinline)) static int *
helper2 (void)
{
  int y = 1; /* { dg-note "declared here" } */
  /* { dg-bogus "warning: address of 'y'" "no duplicate of GCC's warning" { target *-*-* } 34 } */
  int *p = &y;
  return p; /* { dg-warning "function returns address of local variable" } */
}

int
use_helper2 (void)
{
  return *helper2 ();
}
