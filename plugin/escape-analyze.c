/* escape-analyze.c - the pass body: analyse one function.
 *
 * Build the graph from GIMPLE, solve it, summarise the parameters for
 * callers analysed later, then report.  A self-recursive function is
 * first iterated from an optimistic summary of itself to a fixpoint;
 * if that does not settle, its own summary is taken as pessimistic.
 * Calls to functions not analysed yet (mutual recursion) are unknown.
 *
 * Compound literals are recognised before gimplification, when the C
 * front end still marks them (PLUGIN_PRE_GENERICIZE), so that they can
 * be reported as such rather than as compiler temporaries.  */

#include "escape-graph.h"
#include "hash-set.h"

#define ESCAPE_MAX_ROUNDS 8

static hash_set<tree> *escape_compound_literals;

bool
escape_is_compound_literal (tree decl)
{
  return escape_compound_literals && escape_compound_literals->contains (decl);
}

static tree
escape_find_literals (tree *tp, int *walk_subtrees ATTRIBUTE_UNUSED,
		      void *data ATTRIBUTE_UNUSED)
{
  if (TREE_CODE (*tp) == COMPOUND_LITERAL_EXPR
      && TREE_CODE (COMPOUND_LITERAL_EXPR_DECL_EXPR (*tp)) == DECL_EXPR)
    {
      tree decl = COMPOUND_LITERAL_EXPR_DECL (*tp);
      if (decl && VAR_P (decl) && !TREE_STATIC (decl))
	escape_compound_literals->add (decl);
    }
  return NULL_TREE;
}

static void
escape_pre_genericize (void *gcc_data, void *user_data ATTRIBUTE_UNUSED)
{
  tree fndecl = (tree) gcc_data;
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL
      || !DECL_SAVED_TREE (fndecl))
    return;
  if (!escape_compound_literals)
    escape_compound_literals = new hash_set<tree>;
  walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl),
				escape_find_literals, NULL);
}

void
escape_analyze_register (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_PRE_GENERICIZE,
		     escape_pre_genericize, NULL);
}

/* Does the function call itself directly?  */
static bool
escape_is_self_recursive (function *fun)
{
  cgraph_node *node = cgraph_node::get (fun->decl);
  if (!node)
    return false;
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    if (e->callee && e->callee->function_symbol () == node)
      return true;
  return false;
}

/* Build and solve the graph of FUN into G.  */
static void
escape_run (struct escape_graph *g, function *fun, bool recording,
	    bitmap recorded)
{
  escape_graph_init (g, fun, recording);
  g->recorded = recorded;
  escape_build (g);
  escape_solve (g);
  escape_mark_escapes (g);
}

/* Iterate a self-recursive function's summary to a fixpoint, starting
   from "nothing escapes".  */
static void
escape_settle_recursion (function *fun)
{
  tree fndecl = fun->decl;
  escape_summary_store (fndecl, escape_summary_optimistic (fndecl));
  for (int round = 0; round < ESCAPE_MAX_ROUNDS; round++)
    {
      struct escape_graph g;
      escape_run (&g, fun, false, NULL);
      struct escape_summary *s = escape_summary_compute (&g);
      escape_graph_free (&g);
      if (escape_summary_equal (s, escape_summary_lookup (fndecl)))
	{
	  escape_summary_free (s);
	  return;
	}
      escape_summary_store (fndecl, s);
    }
  escape_summary_store (fndecl, escape_summary_pessimistic (fndecl));
}

/* The objects whose provenance the hazard warnings of G need: each
   local whose address outlives its frame, the frame object it is a view
   of, and the escaping objects its flow goes through.  Empty when G has
   no hazard.  */
static void
escape_hazard_objects (struct escape_graph *g, bitmap objects)
{
  for (unsigned i = 0; i < g->objects.length (); i++)
    {
      const escape_object *o = &g->objects[i];
      if (!o->reported
	  || (o->kind != ESCAPE_OBJ_LOCAL && o->kind != ESCAPE_OBJ_STACK)
	  || !escape_is_hazardous (g, (int) i))
	continue;
      int obj = o->alias_of >= 0 ? o->alias_of : (int) i;
      for (int guard = 0; obj >= 0 && guard < 64; guard++)
	{
	  if (!bitmap_set_bit (objects, obj))
	    break;
	  obj = g->objects[obj].via_object;
	}
    }
}

unsigned int
escape_analyze_function (function *fun)
{
  if (!fun || !fun->cfg || !gimple_in_ssa_p (fun))
    return 0;
  if (escape_is_self_recursive (fun))
    escape_settle_recursion (fun);
  /* Keeping provenance is most of the solver's cost, and only the
     explanations need it (flow paths, and which global a value went to):
     the report and the notes give them for every decision, but at
     verbose=0 only hazard warnings do.  So at verbose=0 without a report,
     solve without it and solve again when a hazard turns up.  */
  bool flows = escape_opts.report_path || escape_opts.verbose >= 1;
  struct escape_graph g;
  escape_run (&g, fun, flows, NULL);
  auto_bitmap hazards;
  if (!flows)
    escape_hazard_objects (&g, hazards);
  if (!bitmap_empty_p (hazards))
    {
      /* The graph is built the same way again, so object numbers hold.  */
      escape_graph_free (&g);
      escape_run (&g, fun, true, hazards);
    }
  struct escape_summary *s = escape_summary_compute (&g);
  escape_summary_store (fun->decl, s);
  escape_promote_decide (&g);
  escape_explain (&g, s);
  unsigned int todo = escape_promote_apply (&g);
  escape_graph_free (&g);
  return todo;
}
