/* Flow notes for parameter summaries (verbose=2): each leak is followed
   by the path that made it leak, one "flow: <step> at FILE:LINE" note
   per step, located at the step's line.  Code is spread over several
   lines so that every step has a line of its own.  */
/* { dg-do compile } */
/* The harness adds -fno-show-column: stock DejaGnu matches ":LINE:"
   anywhere, so a column number could be taken for a line.  */
/* { dg-options "-fplugin-arg-escape-verbose=2" } */

int *g;
extern void ext (int *);

void to_global (int *p)		/* { dg-note "leaking param: p(?! to)" } */
/* { dg-note "flow: value of parameter 'p' at \\S*params-flow.c:13(?!\\d)" "" { target *-*-* } 13 } */
{
  g = p;			/* { dg-note "flow: stored in global 'g' at \\S*params-flow.c:16(?!\\d)" } */
}

void via_local (int *p)		/* { dg-note "leaking param: p(?! to)" } */
/* { dg-note "flow: value of parameter 'p' at \\S*params-flow.c:19(?!\\d)" "" { target *-*-* } 19 } */
{
  int *q;
  q = p;			/* { dg-note "flow: assigned to 'q' at \\S*params-flow.c:23(?!\\d)" } */
  ext (q);			/* { dg-note "flow: passed to 'ext' at \\S*params-flow.c:24(?!\\d)" } */
}

void to_caller (int *p,		/* { dg-note "leaking param: p(?! to)" } */
/* { dg-note "flow: value of parameter 'p' at \\S*params-flow.c:27(?!\\d)" "" { target *-*-* } 27 } */
		int **out)	/* { dg-note "out does not escape" } */
{
  *out = p;			/* { dg-note "flow: stored in memory of the caller, through parameter 'out' at \\S*params-flow.c:31(?!\\d)" } */
}

void content (int **p)		/* { dg-note "leaking param content: p" } */
/* { dg-note "flow: what is pointed to by parameter 'p' at \\S*params-flow.c:34(?!\\d)" "" { target *-*-* } 34 } */
{
  g = *p;			/* { dg-note "flow: stored in global 'g' at \\S*params-flow.c:37(?!\\d)" } */
}

void via_callee (int *p)	/* { dg-note "leaking param: p(?! to)" } */
/* { dg-note "flow: value of parameter 'p' at \\S*params-flow.c:40(?!\\d)" "" { target *-*-* } 40 } */
{
  to_global (p);		/* { dg-note "flow: passed to 'to_global' at \\S*params-flow.c:43(?!\\d)" } */
}

/* A parameter that does not escape has no flow.  */
int reads (int *p)		/* { dg-note "p does not escape" } */
/* { dg-bogus "flow:" "" { target *-*-* } 47 } */
{
  return *p;
}

/* A result leak is a leak too: its path starts at the parameter's value
   and ends in the return ("leaking param: p to result level=N").  */
int *returns (int *p)		/* { dg-note "leaking param: p to result level=0" } */
/* { dg-note "flow: value of parameter 'p' at \\S*params-flow.c:55(?!\\d)" "" { target *-*-* } 55 } */
{
  int *q = p;			/* { dg-note "flow: assigned to 'q' at \\S*params-flow.c:58(?!\\d)" } */
  return q;			/* { dg-note "flow: returned at \\S*params-flow.c:59(?!\\d)" "flow for result leaks" } */
}
/* The path that keeps a store (hazards-kept-flow.c tests it).  */
/* { dg-prune-output "flow: still stored" } */
