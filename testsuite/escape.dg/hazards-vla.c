/* hazards-vla.c - variable-length arrays and alloca are stack memory.

   A VLA is a local like any other, and alloca'd memory dies with the
   frame too, so storing their address in a global or returning it is a
   hazard, exactly as for a fixed-size array.  A VLA is reported under
   its own name, and its flow starts where its storage is allocated
   ("storage of 'a' allocated").  Plain alloca memory is reported as
   "alloca(...)".  A VLA or alloca block used locally does not escape.

   The warning for alloca from <alloca.h> is placed at the macro's use
   in the user's code (the expansion point, as GCC does for its own
   warnings).  Placed inside the system header's macro expansion,
   GCC would drop it (and its flow notes) as a diagnostic issued in a
   system header, and the hazard would go unreported; the plugin once
   did that.  The same code with __builtin_alloca (no system-header
   macro) is warned about too, see builtin_alloca_to_global.  Both
   forms are checked below.  */
/* { dg-do compile } */

#include <alloca.h>

int *g;

void
vla_to_global (int n)
{
  int a[n]; /* { dg-warning "address of 'a' escapes: stored in global 'g'" "VLA is a local" } */
  /* { dg-note "flow: storage of 'a' allocated at \\S*:27" "" { target *-*-* } .-1 } */
  g = &a[0]; /* { dg-note "flow: stored in global 'g' at \\S*:29" } */
}

void
alloca_to_global (int n)
{
  int *p = alloca (n * sizeof (int)); /* { dg-warning "alloca\\(\\.\\.\\.\\) escapes: stored in global 'g'" "alloca memory is stack memory" } */
  /* { dg-note "flow: allocated by alloca\\(\\.\\.\\.\\) at \\S*:35" "flow at the macro's use" { target *-*-* } .-1 } */
  /* { dg-note "flow: assigned to 'p' at \\S*:35" "" { target *-*-* } .-2 } */
  g = p; /* { dg-note "flow: stored in global 'g'" } */
}

void
builtin_alloca_to_global (int n)
{
  int *p = __builtin_alloca (n * sizeof (int)); /* { dg-warning "alloca\\(\\.\\.\\.\\) escapes: stored in global 'g'" "alloca memory is stack memory" } */
  /* { dg-note "flow: allocated by alloca\\(\\.\\.\\.\\) at \\S*:44" "" { target *-*-* } .-1 } */
  /* { dg-note "flow: assigned to 'p' at \\S*:44" "" { target *-*-* } .-2 } */
  g = p; /* { dg-note "flow: stored in global 'g' at \\S*:47" } */
}

int *
builtin_alloca_returned (int n)
{
  int *p = __builtin_alloca (n * sizeof (int)); /* { dg-warning "alloca\\(\\.\\.\\.\\) escapes: returned" } */
  /* { dg-note "flow: allocated by alloca\\(\\.\\.\\.\\) at \\S*:53" "" { target *-*-* } .-1 } */
  /* { dg-note "flow: assigned to 'p' at \\S*:53" "" { target *-*-* } .-2 } */
  /* At -O2 GCC's own -Wreturn-local-addr sees this one too.  */
  /* { dg-prune-output "Wreturn-local-addr" } */
  /* { dg-prune-output "declared here" } */
  return p; /* { dg-note "flow: returned at \\S*:59" } */
}

struct span { int *data; int len; };

struct span
vla_returned (int n)
{
  int b[n]; /* { dg-warning "address of 'b' escapes: returned" "VLA is a local" } */
  /* { dg-note "flow: storage of 'b' allocated at \\S*:67" "" { target *-*-* } .-1 } */
  struct span s = { b, n }; /* { dg-note "flow: stored in 's' at \\S*:69" } */
  return s; /* { dg-note "flow: returned at \\S*:70" } */
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

int
alloca_local (int n)
{
  int *d = __builtin_alloca (n * sizeof (int)); /* { dg-bogus "escapes" } */
  d[0] = n;
  return d[0];
}
/* The path that keeps a store (hazards-kept-flow.c tests it).  */
/* { dg-prune-output "flow: still stored" } */
