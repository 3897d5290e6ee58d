/* hazards-caller.c - a local's address stored in the caller's memory.

   Covers: '*out = &x', a field through a struct pointer parameter, an
   array element through a parameter, a deeper level ('**pp = &x'), a
   store through a copy of the parameter, and the struct pointer walked
   one level down ('s->next->p').  Each is a warning "stored in memory of
   the caller, through parameter 'p'" (deeper memory for the second level
   and below), with flow notes.  Writing a value (not an address) through
   a parameter is not an escape.  */
/* { dg-do compile } */

struct node { int *p; struct node *next; };

void
out_param (int **out)
{
  int x; /* { dg-warning "address of 'x' escapes: stored in memory of the caller, through parameter 'out'" } */
  *out = &x; /* { dg-note "flow: address of 'x' taken at \\S*:18" } */
  /* { dg-note "flow: stored in memory of the caller, through parameter 'out' at \\S*:18" "" { target *-*-* } 18 } */
}

void
field_param (struct node *n)
{
  int x; /* { dg-warning "address of 'x' escapes: stored in memory of the caller, through parameter 'n'" } */
  n->p = &x; /* { dg-note "flow: address of 'x' taken at \\S*:26" } */
  /* { dg-note "flow: stored in memory of the caller, through parameter 'n' at \\S*:26" "" { target *-*-* } 26 } */
}

void
array_param (int *v[], int i)
{
  int arr[2]; /* { dg-warning "address of 'arr' escapes: stored in memory of the caller, through parameter 'v'" } */
  v[i] = &arr[1]; /* { dg-note "flow: address of 'arr' taken at \\S*:34" } */
  /* { dg-note "flow: stored in memory of the caller, through parameter 'v' at \\S*:34" "" { target *-*-* } 34 } */
}

void
deeper (int ***ppp)
{
  int x; /* { dg-warning "address of 'x' escapes: stored in deeper memory of the caller, through parameter 'ppp'" } */
  **ppp = &x; /* { dg-note "flow: address of 'x' taken at \\S*:42" } */
  /* { dg-note "flow: stored in deeper memory of the caller, through parameter 'ppp' at \\S*:42" "" { target *-*-* } 42 } */
}

void
through_copy (int **out, int c)
{
  int a; /* { dg-warning "address of 'a' escapes: stored in memory of the caller, through parameter 'out'" } */
  int **q = out;
  if (c)
    *q = &a; /* { dg-note "flow: address of 'a' taken at \\S*:52" } */
  /* { dg-note "flow: stored in memory of the caller, through parameter 'out' at \\S*:52" "" { target *-*-* } 52 } */
}

void
next_node (struct node *n)
{
  int x; /* { dg-warning "address of 'x' escapes: stored in deeper memory of the caller, through parameter 'n'" } */
  n->next->p = &x; /* { dg-note "flow: address of 'x' taken at \\S*:60" } */
  /* { dg-note "flow: stored in deeper memory of the caller, through parameter 'n' at \\S*:60" "" { target *-*-* } 60 } */
}

/* Not escapes: values, not addresses, go to the caller.  */
void
values_only (int *out, struct node *n)
{
  int x = 3; /* { dg-bogus "escapes" } */
  int *p = &x;
  *out = *p;
  if (n->p)
    *n->p = x;
}
/* The path that keeps a store (hazards-kept-flow.c tests it).  */
/* { dg-prune-output "flow: still stored" } */
