/* The "returned" step names the return statement that returns the
   address, also when GCC merges several returns into one, when the value
   passes through ?: or a loop first.  At every level of the harness.  */
/* { dg-do compile } */

char *
early_return (int x)
{
  char a[4]; /* { dg-warning "address of 'a' escapes: returned" } */
  char *p = a;
  a[0] = 0;
  if (x)
    return 0;
  return p; /* { dg-note "flow: returned at \\S*:14" } */
}

char *
through_conditional (int x, char *q)
{
  char b[4]; /* { dg-warning "address of 'b' escapes: returned" } */
  b[0] = 0;
  char *r = x ? b : q;
  if (x > 3)
    return q;
  return r; /* { dg-note "flow: returned at \\S*:25" } */
}

char *
through_loop (int n)
{
  char c[8]; /* { dg-warning "address of 'c' escapes: returned" } */
  char *p = c;
  for (int i = 0; i < n; i++)
    p[i] = 0;
  if (n > 8)
    return 0;
  return p; /* { dg-note "flow: returned at \\S*:37" } */
}

/* { dg-prune-output "flow: (address|assigned)" } */
/* { dg-prune-output "Wreturn-local-addr" } */
/* { dg-prune-output "declared here" } */
