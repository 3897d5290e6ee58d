/* hazards-folded-returns.c - every form of returning a local's address
   that GCC's front end folds to a null pointer (it warns
   -Wreturn-local-addr and returns `(&x, 0)`) gives the definite warning,
   with the `returned at` step on the return statement, at -O0 and -O2.
   At -O2 the fold leaves such a local unaddressed and GCC makes it a
   register: frontend/generic.c keeps its declaration in a GC root.  */
/* { dg-do compile } */

struct A { int f; int g[4]; };

int *
array_by_name (void)
{
  int x[10]; /* { dg-warning "address of 'x' escapes: returned" } */
  return x; /* { dg-note "flow: returned at \\S*:15" } */
}

int *
element_i (int i)
{
  int x[10]; /* { dg-warning "address of 'x' escapes: returned" } */
  return &x[i]; /* { dg-note "flow: returned at \\S*:22" } */
}

int *
element_reversed (int i)
{
  int x[10]; /* { dg-warning "address of 'x' escapes: returned" } */
  return &i[x]; /* { dg-note "flow: returned at \\S*:29" } */
}

int *
element_2 (void)
{
  int x[10]; /* { dg-warning "address of 'x' escapes: returned" } */
  return &x[2]; /* { dg-note "flow: returned at \\S*:36" } */
}

int *
field (void)
{
  struct A a; /* { dg-warning "address of 'a' escapes: returned" } */
  return &a.f; /* { dg-note "flow: returned at \\S*:43" } */
}

int *
deref_plus_one (void)
{
  int x; /* { dg-warning "address of 'x' escapes: returned" } */
  return &*(&x + 1); /* { dg-note "flow: returned at \\S*:50" } */
}

int *
both_arms (int c)
{
  int x, y; /* { dg-warning "address of 'x' escapes: returned" } */
  /* { dg-warning "address of 'y' escapes: returned" "" { target *-*-* } .-1 } */
  return c ? &x : &y; /* { dg-note "flow: returned at \\S*:58" } */
}

int *
plain (void)
{
  int x; /* { dg-warning "address of 'x' escapes: returned" } */
  return &x; /* { dg-note "flow: returned at \\S*:65" } */
}

/* GCC's gcc.dg/pr38957.c.  */
char *
plus_one (void)
{
  char a[2]; /* { dg-warning "address of 'a' escapes: returned" } */
  return a + 1; /* { dg-note "flow: returned at \\S*:73" } */
}

/* { dg-prune-output "flow: address of" } */
/* { dg-prune-output "flow: assigned to" } */
/* { dg-prune-output "Wreturn-local-addr" } */
/* { dg-prune-output "declared here" } */
