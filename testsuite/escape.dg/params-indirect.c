/* Parameters and function pointers, variadic functions and functions
   whose definition may be replaced.
   A call through a function pointer is unknown: its arguments escape
   ("passed to an indirect call"), even if the pointer happens to hold a
   harmless function.  Calling through a function-pointer parameter does
   not make the function pointer itself escape.  Arguments in the "..."
   part of a variadic call are not described by the callee's summary, so
   they escape.  A weak function may be replaced at link time, so its
   summary must not be trusted.  */
/* { dg-do compile } */
/* The harness adds -fno-show-column: stock DejaGnu matches ":LINE:"
   anywhere, so a column number could be taken for a line.  */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdarg.h>

typedef void visit_fn (int *);

int *g;
visit_fn *saved_fn;

/* A harmless callback.  */
void nothing (int *p)		/* { dg-note "p does not escape" } */
{
  (void) p;
}

/* Calls f on p: p goes to an indirect call, f is only called.  */
void apply (visit_fn *f,	/* { dg-note "f does not escape" } */
	    int *p)		/* { dg-note "leaking param: p(?! to)" } */
{
  f (p);
}

/* Storing the function pointer is a leak of f, not of p.  */
void save_fn (visit_fn *f,	/* { dg-note "leaking param: f(?! to)" } */
	      int *p)		/* { dg-note "p does not escape" } */
{
  saved_fn = f;
  (void) *p;
}

/* The function pointer is a local holding 'nothing': still unknown.  */
int call_through_local (void)
{
  visit_fn *f = nothing;
  int x = 0;			/* { dg-note "address of 'x' escapes: passed to an indirect call" } */
  f (&x);
  return x;
}

/* A local passed to apply escapes through apply's summary.  */
int call_apply (void)
{
  int x = 0;			/* { dg-note "address of 'x' escapes: passed to 'apply'" } */
  apply (nothing, &x);
  return x;
}

/* A table of callbacks.  */
static visit_fn *const table[2] = { nothing, nothing };

int call_table (int i)
{
  int x = 0;			/* { dg-note "address of 'x' escapes: passed to an indirect call" } */
  table[i & 1] (&x);
  return x;
}

/* --- variadic functions --------------------------------------------- */

/* The named parameter does not escape; the variadic ones are read.
   va_arg only reads through the va_list: 'ap' does not escape.  */
int sum_ptrs (int *first,	/* { dg-note "first does not escape" } */
	      ...)
{
  va_list ap;			/* { dg-note "'ap' does not escape" } */
  int s = *first;
  va_start (ap, first);
  for (int *p; (p = va_arg (ap, int *)) != 0;)
    s += *p;
  va_end (ap);
  return s;
}

/* The named parameter is stored in a global.  */
void keep_first (int *first,	/* { dg-note "leaking param: first(?! to)" } */
		 ...)
{
  g = first;
}

/* An int* passed as a variadic argument is not covered by the summary:
   it escapes, even though sum_ptrs only reads it.  The named one does
   not escape.  */
int call_sum_ptrs (void)
{
  int a = 1;			/* { dg-note "'a' does not escape" } */
  int b = 2;			/* { dg-note "address of 'b' escapes: passed to 'sum_ptrs'" } */
  return sum_ptrs (&a, &b, (int *) 0);
}

/* A parameter forwarded as a variadic argument leaks.  */
int forward_variadic (int *p,	/* { dg-note "leaking param: p(?! to)" } */
		      int *q)	/* { dg-note "q does not escape" } */
{
  return sum_ptrs (q, p, (int *) 0);
}

/* --- replaceable definitions ---------------------------------------- */

/* This weak definition keeps nothing, but the one linked in may.  */
__attribute__ ((weak)) void weak_hook (int *p) /* { dg-note "p does not escape" } */
{
  (void) p;
}

int call_weak (void)
{
  int x = 0;			/* { dg-note "address of 'x' escapes: passed to 'weak_hook'" } */
  weak_hook (&x);
  return x;
}

/* A declaration without a definition is unknown.  */
extern void unknown_hook (int *);

int call_unknown (int *p)	/* { dg-note "leaking param: p(?! to)" } */
{
  unknown_hook (p);
  return *p;
}
