/* locals-calls.c - locals passed to calls (verbose=1).

   A local passed to code the analysis cannot see escapes, with the
   reason "passed to 'f'" or "passed to an indirect call": an external
   function with no body, a function pointer, an unknown variadic
   function, and atexit/signal-style registration functions.  These are
   notes, not warnings: the call may well not keep the pointer.  A local
   passed to a function of this file whose summary says the parameter
   does not escape (or only flows to the result) stays local.

   A helper of this file that stores its parameter in a global makes the
   argument a hazard: a warning "passed to 'keep'", since the summary
   records that the callee keeps the value beyond the caller's frame.  A
   helper storing one parameter through another ('*o = v') is modelled
   as that store in the caller: through a caller's parameter it is a
   hazard ("stored in memory of the caller"), into a local it is not.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

struct S { int *p; int n; };

extern void ext (int *);
extern void ext_struct (struct S *);
extern void logv (const char *, ...);
extern int register_cleanup (void (*) (void *), void *);
extern void on_signal (int, void (*) (int, void *), void *);
extern void (*gfp) (int *);

int *g;

static void cleanup (void *ctx) /* { dg-note "ctx does not escape" } */
{
  (void) ctx;
}

static void handler (int sig, void *hctx) /* { dg-note "hctx does not escape" } */
{
  (void) sig;
  (void) hctx;
}

static int peek (const int *pk) /* { dg-note "pk does not escape" } */
{
  return *pk;
}

__attribute__ ((noinline)) static int *ident (int *ip) /* { dg-note "leaking param: ip to result level=0" } */
{
  return ip;
}

static void keep (int *kp) /* { dg-note "leaking param: kp" } */
{
  g = kp;
}

static void put (int **o, int *v) /* { dg-note "o does not escape" } */
{ /* { dg-note "leaking param: v" "" { target *-*-* } 57 } */
  *o = v;
}

void
external (void)
{
  int w; /* { dg-note "address of 'w' escapes: passed to 'ext'" } */
  ext (&w);
}

void
external_via_pointer (void)
{
  int arr[8]; /* { dg-note "address of 'arr' escapes: passed to 'ext'" } */
  int *p = &arr[2];
  ext (p);
}

void
indirect (void (*fp) (int *)) /* { dg-note "fp does not escape" } */
{
  int x; /* { dg-note "address of 'x' escapes: passed to an indirect call" } */
  fp (&x);
}

void
indirect_global (void)
{
  int y; /* { dg-note "address of 'y' escapes: passed to an indirect call" } */
  gfp (&y);
}

void
variadic (void)
{
  int v; /* { dg-note "address of 'v' escapes: passed to 'logv'" } */
  logv ("%p", (void *) &v);
}

void
registration (void)
{
  int ctx; /* { dg-note "address of 'ctx' escapes: passed to 'register_cleanup'" } */
  int sctx; /* { dg-note "address of 'sctx' escapes: passed to 'on_signal'" } */
  register_cleanup (cleanup, &ctx);
  on_signal (2, handler, &sctx);
}

/* The holder is passed to an unknown function, so what it holds escapes
   too ("stored in 'h', which escapes").  Not a hazard: the chain ends
   in a call.  */
void
holder_to_external (void)
{
  int z; /* { dg-note "address of 'z' escapes: stored in 'h', which escapes" } */
  struct S h; /* { dg-note "address of 'h' escapes: passed to 'ext_struct'" } */
  h.p = &z;
  h.n = 1;
  ext_struct (&h);
}

/* Known helpers: their summaries keep the locals local.  */
int
known_helpers (void)
{
  int a = 1; /* { dg-note "'a' does not escape" } */
  int b = 2; /* { dg-note "'b' does not escape" } */
  int *q = ident (&b);
  return peek (&a) + *q;
}

/* Returned through a helper's result: definite ('ident' must-returns it;
   noinline, so that GCC -O2 does not see through it and warn as well).  */
int *
returned_through_helper (void)
{
  int r = 1; /* { dg-warning "address of 'r' escapes: returned" } */
  int *q = ident (&r); /* { dg-note "flow: address of 'r' taken" } */
  /* { dg-note "flow: assigned to 'q'" "" { target *-*-* } 136 } */
  return q; /* { dg-note "flow: returned" } */
}

/* 'keep' stores its argument in the global 'g': 'k' is a hazard.  */
void
stored_by_helper (void)
{
  int k; /* { dg-warning "address of 'k' escapes: passed to 'keep'" "helper stores it in a global" } */
  /* { dg-bogus "note: address of 'k' escapes" "a warning, not only a note" { target *-*-* } .-1 } */
  keep (&k); /* { dg-note "flow: address of 'k' taken at \\S*:147" } */
  /* { dg-note "flow: passed to 'keep' at \\S*:147" "" { target *-*-* } .-1 } */
}

/* 'put' stores its argument in the caller's memory: 'm' is a hazard.  */
void
stored_in_caller_by_helper (int **out) /* { dg-note "out does not escape" } */
{
  int m; /* { dg-warning "address of 'm' escapes: stored in memory of the caller, through parameter 'out'" "helper stores it in caller memory" } */
  /* { dg-bogus "passed to 'put'" "the store is modelled" { target *-*-* } .-1 } */
  put (out, &m); /* { dg-note "flow: address of 'm' taken at \\S*:157" } */
  /* { dg-note "flow: stored in memory of the caller, through parameter 'out' at \\S*:157" "" { target *-*-* } .-1 } */
}

/* 'put' stores 'y' in 'slot', which is local: nothing escapes.  */
int
stored_locally_by_helper (void)
{
  int y = 3; /* { dg-note "'y' does not escape" "param-to-param flow is modelled" } */
  /* { dg-bogus "address of 'y' escapes" "precise" { target *-*-* } .-1 } */
  int *slot; /* { dg-note "'slot' does not escape" } */
  put (&slot, &y);
  return *slot;
}
