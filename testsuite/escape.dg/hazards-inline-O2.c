/* hazards-inline-O2.c - a returned local that GCC itself never reports.

   GCC's -Wreturn-local-addr only checks functions that still return the
   address after inlining: a static function inlined into its only caller
   is never reported by GCC.  The plugin analyses 'helper' before
   inlining and always warns about a returned local (it does not defer to
   GCC's warning), so the hazard is reported either way.  (This used to
   be an xfail, when the plugin stayed silent for SSA-only returns at -O2
   in the expectation that GCC would warn.)  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

static int *
helper (void)
{
  int x = 1; /* { dg-warning "address of 'x' escapes: returned" "inlined helper: GCC does not warn, so the plugin must" } */
  /* { dg-bogus "declared here" "GCC does not warn" { target *-*-* } .-1 } */
  int *p = &x; /* { dg-note "flow: address of 'x' taken at \\S*:18" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:18" "" { target *-*-* } .-1 } */
  return p; /* { dg-note "flow: returned at \\S*:20" } */
}

int
use_helper (void)
{
  return *helper ();
}

/* The same function, kept out of line: GCC warns, and so does the
   plugin (both warnings are expected).  */
__attribute__ ((noinline)) static int *
helper2 (void)
{
  int y = 1; /* { dg-warning "address of 'y' escapes: returned" "plugin warns too" } */
  /* { dg-note "declared here" "GCC's note" { target *-*-* } .-1 } */
  int *p = &y; /* { dg-note "flow: address of 'y' taken at \\S*:36" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:36" "" { target *-*-* } .-1 } */
  return p; /* { dg-warning "function returns address of local variable" } */
  /* { dg-note "flow: returned at \\S*:38" "" { target *-*-* } .-1 } */
}

int
use_helper2 (void)
{
  return *helper2 ();
}
