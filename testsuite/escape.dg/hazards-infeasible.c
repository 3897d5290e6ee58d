/* hazards-infeasible.c - false definite warnings the definite class
   still gives (found on real code, docs/VALIDATION.md): a path counts
   when the CFG has it, even when the program's conditions rule it out.
   Each dg-bogus is an xfail until the walk learns the condition: the
   warning is there today, and a fix will show up as an XPASS.  The
   first shape is learnt: a test `p == buf` on the way to the return.  */
/* { dg-do compile } */
#include <stdlib.h>
#include <string.h>

/* The return of p is reached only where p != buf: the test that leads
   to it (through blocks with one predecessor) rules buf out, so the
   hazard is only possible (busybox's filename2modname has this shape).  */
char *
copy_out (const char *s, size_t n)
{
  char buf[64]; /* { dg-possible "address of 'buf' may outlive 'copy_out': returned" } */
  char *p = buf;
  if (n >= sizeof buf)
    p = malloc (n + 1);
  if (!p)
    return 0;
  memcpy (p, s, n);
  p[n] = 0;
  if (p == buf)
    return strdup (buf);
  return p;
}

/* Both values of k & 1 clear cur; the fall-out to 'return 0' is GCC's
   implicit default edge, which VRP removes only after the pass.  */
const char **cur;

int
all_cases_covered (unsigned k, const char *s)
{
  const char *local = s; /* { dg-bogus "warning: address of 'local' escapes" "the implicit default edge of a covering switch" { xfail *-*-* } } */
  cur = &local;
  switch (k & 1)
    {
    case 0:
      cur = 0;
      return 1;
    case 1:
      cur = 0;
      return 2;
    }
  return 0;
}

/* { dg-prune-output "flow:" } */
/* { dg-prune-output "Wreturn-local-addr" } */
/* { dg-prune-output "declared here" } */
