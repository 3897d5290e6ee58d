/* hazards-return-O0.c - a local's address returned through SSA values.

   Covers: return through a pointer variable, through a copy, through a
   PHI (conditional, both arms local; one arm a parameter), through a
   loop-carried PHI, and through pointer arithmetic (array + i, &buf[3]
   with a cast).  At -O0 GCC's own -Wreturn-local-addr is silent on all of
   these, so each one is a plugin warning at the local's declaration,
   followed by one flow note per step, each at the step's own line.
   (The -O2 twin is hazards-return-O2.c.)  */
/* { dg-do compile } */
/* { dg-options "-O0" } */

int *
through_var (void)
{
  int x = 1; /* { dg-warning "address of 'x' escapes: returned" } */
  int *p = &x; /* { dg-note "flow: address of 'x' taken at \\S*:17" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:17" "" { target *-*-* } 17 } */
  return p; /* { dg-note "flow: returned at \\S*:19" } */
}

int *
through_copy (void)
{
  int x = 1; /* { dg-warning "address of 'x' escapes: returned" } */
  int *p = &x; /* { dg-note "flow: address of 'x' taken at \\S*:26" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:26" "" { target *-*-* } 26 } */
  int *q = p; /* { dg-note "flow: assigned to 'q' at \\S*:28" } */
  return q; /* { dg-note "flow: returned at \\S*:29" } */
}

/* Both arms of the conditional are locals: both escape.  */
int *
through_phi (int c)
{
  /* The PHI step must not be placed at the declaration of 'a', a line
     that does not mention 'p': a PHI has no location of its own, so the
     step uses the location of the PHI's incoming argument.  */
  int a; /* { dg-warning "address of 'a' escapes: returned" } */
  /* { dg-bogus "flow: assigned to 'p'" "PHI step at the local's declaration" { target *-*-* } 39 } */
  int b; /* { dg-warning "address of 'b' escapes: returned" } */
  /* { dg-bogus "flow: assigned to 'p'" "PHI step at the local's declaration" { target *-*-* } 41 } */
  int *p;
  if (c)
    p = &a; /* { dg-note "flow: address of 'a' taken at \\S*:45" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:45" "" { target *-*-* } 45 } */
  else
    p = &b; /* { dg-note "flow: address of 'b' taken at \\S*:48" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:48" "" { target *-*-* } 48 } */
  return p; /* { dg-note "flow: returned at \\S*:50" } */
}

/* One arm is the caller's pointer: the local still escapes.  */
int *
local_or_param (int c, int *q)
{
  int y; /* { dg-warning "address of 'y' escapes: returned" } */
  int *p = c ? &y : q; /* { dg-note "flow: address of 'y' taken at \\S*:58" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:58" "" { target *-*-* } 58 } */
  return p; /* { dg-note "flow: returned at \\S*:60" } */
}

/* Pointer arithmetic keeps pointing into the same object.  */
int *
through_arith (int i)
{
  int arr[4]; /* { dg-warning "address of 'arr' escapes: returned" } */
  int *p = arr + i; /* { dg-note "flow: address of 'arr' taken at \\S*:68" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:68" "" { target *-*-* } 68 } */
  return p; /* { dg-note "flow: returned at \\S*:70" } */
}

int *
through_elem_cast (void)
{
  char buf[8]; /* { dg-warning "address of 'buf' escapes: returned" } */
  char *p = &buf[3]; /* { dg-note "flow: address of 'buf' taken at \\S*:77" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:77" "" { target *-*-* } 77 } */
  return (int *) p; /* { dg-note "flow: returned at \\S*:79" } */
}

/* The last element visited by a loop.  */
int *
through_loop (int n)
{
  int arr[4]; /* { dg-warning "address of 'arr' escapes: returned" } */
  /* { dg-bogus "flow: assigned to 'p'" "PHI step at the local's declaration" { target *-*-* } 86 } */
  int *p = 0;
  for (int i = 0; i < n; i++)
    p = &arr[i]; /* { dg-note "flow: address of 'arr' taken at \\S*:90" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:90" "" { target *-*-* } 90 } */
  return p; /* { dg-note "flow: returned at \\S*:92" } */
}

/* Two return statements: GCC merges them into one return of a PHI.
   The merged return has no location of its own; the "returned" step is
   placed where the value entered it, the statement 'return p;', and
   never at the declaration of 'x' or at the assignment 'p = &x'.  */
int *
two_returns (int c)
{
  int x; /* { dg-warning "address of 'x' escapes: returned" } */
  /* { dg-bogus "flow: returned" "returned step at the declaration" { target *-*-* } .-1 } */
  int *p = &x; /* { dg-note "flow: address of 'x' taken at \\S*:104" } */
  /* { dg-note "flow: assigned to 'p' at \\S*:104" "" { target *-*-* } .-1 } */
  /* { dg-bogus "flow: returned" "not at the assignment" { target *-*-* } .-2 } */
  if (c)
    return 0;
  return p; /* { dg-note "flow: returned at \\S*:109" "returned step at the return statement" } */
}

/* Not hazards: reading through the pointer and returning the value.  */
int
returns_value (void)
{
  int x = 1; /* { dg-bogus "escapes" } */
  int *p = &x;
  return *p;
}
