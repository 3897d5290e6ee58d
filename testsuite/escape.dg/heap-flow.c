/* Flow notes for allocation sites (verbose=2): each escaping allocation
   is followed by its path, starting with "allocated by ALLOC(...)" at the
   call, one step per line.  A heap object that escapes because it is
   stored in another escaping object shows its own step, then the path of
   that object.  Non-escaping allocations have no flow.  */
/* { dg-do compile } */
/* The harness adds -fno-show-column: stock DejaGnu matches ":LINE:"
   anywhere, so a column number could be taken for a line.  */
/* { dg-options "-fplugin-arg-escape-verbose=2" } */

#include <stdlib.h>
#include <string.h>

int *g;
extern void ext (void *);

void *returned (void)
{
  void *m;
  m = malloc (8);		/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: returned" } */
  /* { dg-note "flow: allocated by malloc\\(\\.\\.\\.\\) at \\S*heap-flow.c:20(?!\\d)" "" { target *-*-* } 20 } */
  /* { dg-note "flow: assigned to 'm' at \\S*heap-flow.c:20(?!\\d)" "" { target *-*-* } 20 } */
  return m;			/* { dg-note "flow: returned at \\S*heap-flow.c:23(?!\\d)" } */
}

void to_global (void)
{
  int *m;
  m = calloc (2, sizeof *m);	/* { dg-note "calloc\\(\\.\\.\\.\\) escapes to heap: stored in global 'g'" } */
  /* { dg-note "flow: allocated by calloc\\(\\.\\.\\.\\) at \\S*heap-flow.c:29(?!\\d)" "" { target *-*-* } 29 } */
  /* { dg-note "flow: assigned to 'm' at \\S*heap-flow.c:29(?!\\d)" "" { target *-*-* } 29 } */
  g = m;			/* { dg-note "flow: stored in global 'g' at \\S*heap-flow.c:32(?!\\d)" } */
}

void to_call (const char *s)	/* { dg-note "s does not escape" } */
{
  char *d;
  d = strdup (s);		/* { dg-note "strdup\\(\\.\\.\\.\\) escapes to heap: passed to 'ext'" } */
  /* { dg-note "flow: allocated by strdup\\(\\.\\.\\.\\) at \\S*heap-flow.c:38(?!\\d)" "" { target *-*-* } 38 } */
  /* { dg-note "flow: assigned to 'd' at \\S*heap-flow.c:38(?!\\d)" "" { target *-*-* } 38 } */
  ext (d);			/* { dg-note "flow: passed to 'ext' at \\S*heap-flow.c:41(?!\\d)" } */
}

void to_caller (void **out)	/* { dg-note "out does not escape" } */
{
  *out = malloc (8);		/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: stored in memory of the caller, through parameter 'out'" } */
  /* { dg-note "flow: allocated by malloc\\(\\.\\.\\.\\) at \\S*heap-flow.c:46(?!\\d)" "" { target *-*-* } 46 } */
  /* { dg-note "flow: stored in memory of the caller, through parameter 'out' at \\S*heap-flow.c:46(?!\\d)" "" { target *-*-* } 46 } */
}

/* The inner block's path: stored in the outer block, then the outer
   block's own path to the global.  Both paths mention the outer block's
   steps, so those are matched once for all their copies.  */
void nested (void)
{
  int **outer;
  outer = malloc (sizeof *outer); /* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: stored in global 'g'" } */
  /* { dg-note "flow: allocated by malloc\\(\\.\\.\\.\\) at \\S*heap-flow.c:57(?!\\d)" "" { target *-*-* } 57 } */
  /* { dg-note "flow: assigned to 'outer' at \\S*heap-flow.c:57(?!\\d)" "" { target *-*-* } 57 } */
  int *inner;
  inner = malloc (4);		/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: stored in malloc\\(\\.\\.\\.\\), which escapes" } */
  /* { dg-note "flow: allocated by malloc\\(\\.\\.\\.\\) at \\S*heap-flow.c:61(?!\\d)" "" { target *-*-* } 61 } */
  /* { dg-note "flow: assigned to 'inner' at \\S*heap-flow.c:61(?!\\d)" "" { target *-*-* } 61 } */
  *outer = inner;		/* { dg-note "flow: stored in malloc\\(\\.\\.\\.\\) at \\S*heap-flow.c:64(?!\\d)" } */
  g = (int *) outer;		/* { dg-note "flow: stored in global 'g' at \\S*heap-flow.c:65(?!\\d)" } */
}

int private (void)
{
  int *m = malloc (8);		/* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  /* { dg-bogus "flow:" "" { target *-*-* } 70 } */
  int r = *m;
  free (m);
  return r;
}
/* The path that keeps a store (hazards-kept-flow.c tests it).  */
/* { dg-prune-output "flow: still stored" } */
