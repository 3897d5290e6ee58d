/* -fplugin-arg-escape-dump (GCC rejects -fdump-tree-escape: it reads
   -fdump-* before it loads plugins): the pass writes its graph, the
   decisions and the summaries into its dump file, as -fdump-tree-all
   also has it do.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-dump" } */

int *g;

void
keep (int *p)
{
  g = p;
}

int *
pass_through (int *q, int **r)
{
  return q + (*r != 0);
}

int
local_only (void)
{
  int x = 1;
  int *p = &x;
  return *p;
}

void
leaks_local (void)
{
  int y = 2;			/* { dg-warning "address of 'y' escapes" } */
  keep (&y);
}

/* { dg-prune-output "flow:" } */

/* The graph of each function, with its node and object counts.  */
/* { dg-final { scan-tree-dump ";; escape graph of keep: \[0-9\]+ nodes" "escape" } } */
/* Objects with their decisions: 'x' is reported and does not escape,
   'y' escapes through the call and is a hazard.  */
/* { dg-final { scan-tree-dump ";;   #\[0-9\]+ local 'x' content=n\[0-9\]+ reported does-not-escape" "escape" } } */
/* { dg-final { scan-tree-dump ";;   #\[0-9\]+ local 'y' content=n\[0-9\]+ reported escapes=call hazard=definite" "escape" } } */
/* Events: keep's parameter is stored in global memory; the call in
   leaks_local passes y on to a callee that keeps it.  */
/* { dg-final { scan-tree-dump ";;   e\[0-9\]+ call n\[0-9\]+ callee=keep outlives-caller" "escape" } } */
/* Points-to sets, named by their SSA names.  */
/* { dg-final { scan-tree-dump ";;   n\[0-9\]+ p_\[0-9\]+\\(D\\) pts=\\{#\[0-9\]+\\}" "escape" } } */
/* Summaries, encoded and in words.  */
/* { dg-final { scan-tree-dump ";; summary of keep: 1 0 0 g\\|1,0,1,0,0,0,0,0,-1,0,0,0,1,0,0,0,1,0,g" "escape" } } */
/* keep stores p in g on its only path: must-keep, and it writes g by name.  */
/* { dg-final { scan-tree-dump ";;   param 0 p: leaks outlives-caller must-keep=global:g" "escape" } } */
/* { dg-final { scan-tree-dump ";;   param 0 p: leaks outlives-caller" "escape" } } */
/* { dg-final { scan-tree-dump ";;   param 0 q:.* to-result-level=0" "escape" } } */
/* { dg-final { scan-tree-dump ";;   param 1 r: does-not-escape" "escape" } } */
