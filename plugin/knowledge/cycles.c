/* knowledge/cycles.c - the call graph's cycles (strongly connected
 * components), found once per translation unit with Tarjan's algorithm.
 *
 * GCC analyses functions callees first, but inside a cycle of mutually
 * recursive functions the order is arbitrary and differs between -O0
 * and -O2.  Calls between members of one cycle are therefore treated as
 * unknown calls, whatever order GCC picked, so that decisions are the
 * same at every optimisation level.  Self-recursion is not a cycle here:
 * escape-pass.c iterates it to a fixpoint.  Cycles are keyed by the
 * functions' DECL_UIDs.  */

#include "knowledge/cycles.h"

typedef hash_map<int_hash<int, -1, -2>, int> escape_cycle_map;
static escape_cycle_map *escape_cycle_ids;
/* The ids of the cycles with more than one function.  */
static hash_set<int_hash<int, -1, -2> > *escape_cycle_multi;

struct escape_tarjan
{
  hash_map<cgraph_node *, int> index;	/* DFS number */
  hash_map<cgraph_node *, int> low;
  vec<cgraph_node *> stack;
  hash_map<cgraph_node *, bool> on_stack;
  int counter;
  int next_cycle;
};

static cgraph_node *
escape_direct_callee (cgraph_edge *e)
{
  if (!e->callee)
    return NULL;
  cgraph_node *callee = e->callee->function_symbol ();
  return callee && callee->definition ? callee : NULL;
}

/* Tarjan's algorithm, with an explicit stack of (node, next edge) so a
   deep call graph cannot overflow the C stack.  */
static void
escape_tarjan_visit (struct escape_tarjan *t, cgraph_node *root)
{
  struct frame
  {
    cgraph_node *node;
    cgraph_edge *edge;
  };
  vec<frame> dfs = vNULL;
  frame f0 = { root, root->callees };
  dfs.safe_push (f0);
  t->index.put (root, t->counter);
  t->low.put (root, t->counter++);
  t->stack.safe_push (root);
  t->on_stack.put (root, true);
  while (!dfs.is_empty ())
    {
      frame *f = &dfs.last ();
      if (f->edge)
	{
	  cgraph_edge *e = f->edge;
	  f->edge = e->next_callee;
	  cgraph_node *w = escape_direct_callee (e);
	  if (!w)
	    continue;
	  if (!t->index.get (w))
	    {
	      t->index.put (w, t->counter);
	      t->low.put (w, t->counter++);
	      t->stack.safe_push (w);
	      t->on_stack.put (w, true);
	      frame nf = { w, w->callees };
	      dfs.safe_push (nf);
	    }
	  else if (*t->on_stack.get (w))
	    {
	      int *low = t->low.get (f->node);
	      *low = MIN (*low, *t->index.get (w));
	    }
	  continue;
	}
      cgraph_node *v = f->node;
      dfs.pop ();
      if (!dfs.is_empty ())
	{
	  int *parent_low = t->low.get (dfs.last ().node);
	  *parent_low = MIN (*parent_low, *t->low.get (v));
	}
      if (*t->low.get (v) != *t->index.get (v))
	continue;
      int id = t->next_cycle++;
      cgraph_node *w;
      do
	{
	  w = t->stack.pop ();
	  t->on_stack.put (w, false);
	  escape_cycle_ids->put ((int) DECL_UID (w->decl), id);
	  if (w != v)
	    escape_cycle_multi->add (id);
	}
      while (w != v);
    }
  dfs.release ();
}

static void
escape_compute_cycles (void)
{
  escape_cycle_ids = new escape_cycle_map;
  escape_cycle_multi = new hash_set<int_hash<int, -1, -2> >;
  struct escape_tarjan *t = new escape_tarjan;
  t->stack = vNULL;
  /* DFS numbers start at 1 so that 0 means "not visited".  */
  t->counter = 1;
  t->next_cycle = 0;
  cgraph_node *node;
  FOR_EACH_DEFINED_FUNCTION (node)
    if (!t->index.get (node))
      escape_tarjan_visit (t, node);
  t->stack.release ();
  delete t;
}

/* Are A and B distinct members of one cycle of the call graph?  Both
   are function declarations with bodies.  */
bool
escape_same_cycle (tree a, tree b)
{
  if (!escape_cycle_ids)
    escape_compute_cycles ();
  int *ia = escape_cycle_ids->get ((int) DECL_UID (a));
  int *ib = escape_cycle_ids->get ((int) DECL_UID (b));
  return ia && ib && *ia == *ib;
}

/* Can FNDECL call itself, directly or through a cycle of this
   translation unit's call graph?  Calls through function pointers and
   other translation units are not seen (docs/promotion.md).  */
bool
escape_is_recursive (tree fndecl)
{
  if (!escape_cycle_ids)
    escape_compute_cycles ();
  int *id = escape_cycle_ids->get ((int) DECL_UID (fndecl));
  if (id && escape_cycle_multi->contains (*id))
    return true;
  cgraph_node *node = cgraph_node::get (fndecl);
  if (!node)
    return false;
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    if (e->callee && e->callee->function_symbol () == node)
      return true;
  return false;
}
