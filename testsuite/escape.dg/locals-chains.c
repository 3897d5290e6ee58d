/* locals-chains.c - pointer chains of several levels (verbose=1).

   int ***ppp -> int **pp -> int *p -> int x.  While the chain stays
   local, nothing escapes, however deep it is written through.  When the
   head of the chain escapes, every local in it escapes transitively,
   each with "stored in 'prev', which escapes"; when the head is stored
   in a global, every link is a hazard (warning).  Also covers a chain
   rebuilt in a loop.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

int ***g3;
extern void ext3 (int ***);

int
local_chain (void)
{
  int x = 1; /* { dg-note "'x' does not escape" } */
  int *p = &x; /* { dg-note "'p' does not escape" } */
  int **pp = &p; /* { dg-note "'pp' does not escape" } */
  int ***ppp = &pp;
  ***ppp = 7;
  **ppp = *ppp[0];
  return x;
}

/* The head goes to a global: all three links are hazards.  */
void
chain_to_global (void)
{
  int cx; /* { dg-possible "address of 'cx' may outlive \\S+: stored in 'cp', which escapes" } */
  int *cp = &cx; /* { dg-possible "address of 'cp' may outlive \\S+: stored in 'cpp', which escapes" } */
  /* { dg-possible-note "flow: address of 'cx' taken" "" { target *-*-* } 32 } */
  /* { dg-possible-note "flow: stored in 'cp'" "" { target *-*-* } 32 } */
  int **cpp = &cp; /* { dg-warning "address of 'cpp' escapes: stored in global 'g3'" } */
  /* { dg-possible-note "flow: address of 'cp' taken" "" { target *-*-* } 35 } */
  /* { dg-possible-note "flow: stored in 'cpp'" "" { target *-*-* } 35 } */
  g3 = &cpp; /* { dg-note "flow: address of 'cpp' taken" } */
  /* { dg-note "flow: stored in global 'g3'" "" { target *-*-* } 38 } */
}

/* The head goes to an unknown function: all escape, no hazard.  */
void
chain_to_call (void)
{
  int ex; /* { dg-note "address of 'ex' escapes: stored in 'ep', which escapes" } */
  int *ep = &ex; /* { dg-note "address of 'ep' escapes: stored in 'epp', which escapes" } */
  int **epp = &ep; /* { dg-note "address of 'epp' escapes: passed to 'ext3'" } */
  ext3 (&epp);
}

/* Only the bottom of the chain is written to a global: the pointer
   VALUE 'x2' is copied out, the holders themselves stay local.  */
void
value_copied_out (void)
{
  int x2; /* { dg-possible "address of 'x2' may outlive \\S+: stored in global 'g3'" } */
  int *p2 = &x2; /* { dg-note "'p2' does not escape" } */
  /* { dg-possible-note "flow: address of 'x2' taken" "" { target *-*-* } 58 } */
  /* { dg-possible-note "flow: stored in 'p2'" "" { target *-*-* } 58 } */
  int **pp2 = &p2;
  g3 = (int ***) *pp2; /* { dg-possible-note "flow: stored in global 'g3' at \\S*:62" } */
}

/* A chain re-pointed in a loop, read at the end.  */
int
loop_chain (int n)
{
  int vals[4] = { 1, 2, 3, 4 }; /* { dg-note "'vals' does not escape" } */
  int *cur = vals; /* { dg-note "'cur' does not escape" } */
  int **pc = &cur;
  int s = 0;
  for (int i = 0; i < n && i < 4; i++)
    {
      s += **pc;
      *pc = *pc + 1;
    }
  return s;
}
/* The path that keeps a store (hazards-kept-flow.c tests it).  */
/* { dg-prune-output "flow: still stored" } */
