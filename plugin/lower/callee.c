/* lower/callee.c - calls whose callee the plugin has analysed:
 * a function defined earlier in this translation unit, through its
 * parameter summary (graph/summary.h), and a function's calls to
 * itself, joined to its own parameters and result in the one graph;
 * and the small helpers every kind of call lowering shares (argument
 * nodes, the result, dereferences, the unknown call).  */

#include "lower/callee.h"
#include "lower/operands.h"
#include "graph/summary.h"
#include "knowledge/cycles.h"

/* --- helpers shared with lower/call.c --------------------------- */

/* The node of argument I, or ESCAPE_NO_VALUE when the call has no such
   argument (old-style calls may pass fewer arguments than a built-in
   takes: reading the missing one is undefined behaviour).  */
int
escape_arg_node (struct escape_graph *g, gcall *call, int i)
{
  if (i < 0 || i >= (int) gimple_call_num_args (call))
    return ESCAPE_NO_VALUE;
  return escape_operand_node (g, gimple_call_arg (call, i), call);
}

/* The call's result gets VALUE.  */
void
escape_call_result (struct escape_graph *g, gcall *call, int value)
{
  tree lhs = gimple_call_lhs (call);
  if (!lhs || value == ESCAPE_NO_VALUE)
    return;
  if (TREE_CODE (lhs) == SSA_NAME)
    {
      if (escape_type_may_hold_pointer (TREE_TYPE (lhs), true))
	escape_add_copy (g, value, (int) SSA_NAME_VERSION (lhs), call);
    }
  else
    {
      int obj_node = escape_operand_node (g, build_fold_addr_expr (lhs),
					  call);
      escape_add_store (g, obj_node, value, call);
    }
}

bool
escape_result_may_be_pointer (gcall *call)
{
  tree lhs = gimple_call_lhs (call);
  return lhs && !INTEGRAL_TYPE_P (TREE_TYPE (lhs))
	 && !SCALAR_FLOAT_TYPE_P (TREE_TYPE (lhs));
}

/* A node holding everything reachable from NODE (NODE included).  */
int
escape_reachable_node (struct escape_graph *g, int node, gimple *stmt)
{
  int all = escape_new_node (g);
  escape_add_copy (g, node, all, stmt);
  escape_add_load (g, all, all, stmt);
  return all;
}

/* A node holding what NODE points to, LEVELS dereferences down.  */
int
escape_deref_node (struct escape_graph *g, int node, int levels,
		   gimple *stmt)
{
  for (int i = 0; i < levels && node != ESCAPE_NO_VALUE; i++)
    {
      int next = escape_new_node (g);
      escape_add_load (g, node, next, stmt);
      node = next;
    }
  return node;
}

void
escape_static_chain (struct escape_graph *g, gcall *call, tree callee)
{
  tree chain = gimple_call_chain (call);
  if (chain)
    escape_add_event (g, ESCAPE_REASON_CALL,
		      escape_operand_node (g, chain, call), call, callee);
}

/* Nothing is known: every argument escapes, the result is unknown.  */
void
escape_call_unknown (struct escape_graph *g, gcall *call, tree callee)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    escape_add_event (g, ESCAPE_REASON_CALL, escape_arg_node (g, call, i),
		      call, callee);
  escape_static_chain (g, call, callee);
  escape_call_result (g, call, g->global_addr);
}

/* A call event; HAZARD when the callee keeps the value beyond the
   caller's frame (in a global, another thread, ...).  */
void
escape_add_call_event (struct escape_graph *g, int node, gcall *call,
		       tree callee, bool hazard, int arg, int level)
{
  unsigned before = g->events.length ();
  escape_add_event (g, ESCAPE_REASON_CALL, node, call, callee);
  /* No event for a node that holds no address.  */
  if (g->events.length () == before)
    return;
  g->events.last ().hazard = hazard;
  g->events.last ().arg = arg;
  g->events.last ().level = level;
}

/* The summary to use for a direct call to FNDECL, or NULL when the
   callee may be replaced at link or load time, is not analysed yet, or
   is mutually recursive with the caller.  The last rule keeps decisions
   independent of the order GCC picks inside a cycle, which differs
   between optimisation levels.  */
struct escape_summary *
escape_callee_summary (tree fndecl, tree *target)
{
  cgraph_node *node = cgraph_node::get (fndecl);
  if (!node)
    return NULL;
  enum availability avail;
  cgraph_node *fn = node->function_symbol (&avail);
  if (!fn || avail < AVAIL_AVAILABLE)
    return NULL;
  if (fn->decl != current_function_decl
      && escape_same_cycle (fn->decl, current_function_decl))
    return NULL;
  *target = fn->decl;
  return escape_summary_lookup (fn->decl);
}

/* Is FNDECL defined in this translation unit (whether or not it has a
   summary)?  */
bool
escape_function_defined_here (tree fndecl)
{
  cgraph_node *n = cgraph_node::get (fndecl);
  return n && n->function_symbol ()->definition;
}

/* The summary of the same-file function CALL calls directly, when it
   is not the function G analyses (whose summary is still being made),
   or NULL.  */
struct escape_summary *
escape_call_summary (struct escape_graph *g, gcall *call)
{
  tree fndecl = gimple_call_fndecl (call), target = NULL_TREE;
  struct escape_summary *s = fndecl && !gimple_call_chain (call)
			     ? escape_callee_summary (fndecl, &target) : NULL;
  return s && target != g->fun->decl ? s : NULL;
}

/* Store VALUE through each argument J of CALL whose bit is in STORED; a
   store the callee undoes before it returns (not in KEPT) is transient.  */
static void
escape_apply_stores (struct escape_graph *g, gcall *call, int value,
		     unsigned stored, unsigned kept)
{
  for (unsigned j = 0; j < ESCAPE_SUMMARY_MAX_STORED_PARAMS
		       && j < gimple_call_num_args (call); j++)
    if (stored & (1u << j))
      {
	unsigned before = g->writes.length ();
	escape_add_store (g, escape_arg_node (g, call, j), value, call);
	if (!(kept & (1u << j)) && g->writes.length () > before)
	  g->writes.last ().transient = true;
      }
}

/* The callee keeps what argument NODE points to, from level
   P->leak_content down (what it keeps is K-1 dereferences of the
   argument; what those objects contain escapes with them), and from
   level P->content_hazard down beyond the caller's frame.  */
static void
escape_apply_content_leak (struct escape_graph *g, gcall *call, tree callee,
			   unsigned arg, int node,
			   const struct escape_param_summary *p)
{
  int level = p->leak_content;
  escape_add_call_event (g, escape_deref_node (g, node, level - 1, call),
			 call, callee, p->content_hazard == level, arg,
			 level - 1);
  if (p->content_hazard > level)
    escape_add_call_event (g, escape_deref_node (g, node,
						 p->content_hazard - 1, call),
			   call, callee, true, arg, p->content_hazard - 1);
}

void
escape_apply_summary (struct escape_graph *g, gcall *call, tree callee,
		      struct escape_summary *s, bool with_result)
{
  int result = ESCAPE_NO_VALUE;
  if (with_result && gimple_call_lhs (call))
    result = escape_new_node (g);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      int node = escape_arg_node (g, call, i);
      if (node == ESCAPE_NO_VALUE)
	continue;
      if ((int) i >= s->nparams)
	{
	  escape_add_event (g, ESCAPE_REASON_CALL, node, call, callee);
	  continue;
	}
      const struct escape_param_summary *p = &s->params[i];
      if (p->leak_heap)
	escape_add_call_event (g, node, call, callee, p->leak_hazard, i, 0);
      else if (p->leak_content)
	escape_apply_content_leak (g, call, callee, i, node, p);
      /* The callee stored this argument, or what it points to, through
	 argument J: do so here.  */
      escape_apply_stores (g, call, node, p->stored_into, p->kept_into);
      if (p->content_stored_into)
	escape_apply_stores (g, call, escape_deref_node (g, node, 1, call),
			     p->content_stored_into, p->content_kept_into);
      for (int level = 0; level < ESCAPE_PARAM_LEVELS; level++)
	if (p->freed_levels & (1u << level))
	  {
	    int freed = escape_deref_node (g, node, level, call);
	    if (level == ESCAPE_PARAM_LEVELS - 1)
	      freed = escape_reachable_node (g, freed, call);
	    g->free_nodes.safe_push (freed);
	    g->free_stmts.safe_push (call);
	  }
      if (p->written)
	escape_add_store (g, node, g->global_addr, call);
      for (int level = 0; result != ESCAPE_NO_VALUE
			  && level < ESCAPE_PARAM_LEVELS; level++)
	if (p->result_levels & (1u << level))
	  {
	    int from = escape_deref_node (g, node, level, call);
	    /* The deepest level stands for all deeper ones.  */
	    if (level == ESCAPE_PARAM_LEVELS - 1)
	      from = escape_reachable_node (g, from, call);
	    escape_add_copy (g, from, result, call);
	  }
    }
  escape_static_chain (g, call, callee);
  if (result != ESCAPE_NO_VALUE)
    {
      if (s->returns_other)
	escape_add_copy (g, g->global_addr, result, call);
      escape_call_result (g, call, result);
    }
}

/* The node holding parameter P's incoming value, or ESCAPE_NO_VALUE when
   nothing reads it: its default definition, or the memory it lives in.  */
static int
escape_param_entry_node (struct escape_graph *g, tree p, gimple *stmt)
{
  if (!escape_type_may_hold_pointer (TREE_TYPE (p), false))
    return ESCAPE_NO_VALUE;
  if (is_gimple_reg (p))
    {
      tree def = ssa_default_def (g->fun, p);
      return def ? (int) SSA_NAME_VERSION (def) : ESCAPE_NO_VALUE;
    }
  return escape_operand_node (g, build_fold_addr_expr (p), stmt);
}

/* A call of the function to itself, Go style: its arguments flow into
   the function's own parameters and its result is what the function
   returns, in the one graph.  No summary is applied, so nothing is lost
   to the summary's levels; the frames share objects, which the outlives
   question allows for (solve/outlives.c, g->self_called).  */
void
escape_call_self (struct escape_graph *g, gcall *call)
{
  g->self_called = true;
  unsigned i = 0;
  for (tree p = DECL_ARGUMENTS (g->fun->decl);
       p && i < gimple_call_num_args (call); p = DECL_CHAIN (p), i++)
    {
      int arg = escape_arg_node (g, call, i);
      int entry = escape_param_entry_node (g, p, call);
      if (arg == ESCAPE_NO_VALUE || entry == ESCAPE_NO_VALUE)
	continue;
      if (is_gimple_reg (p))
	escape_add_copy (g, arg, entry, call);
      else
	escape_add_store (g, entry, arg, call);
    }
  /* Arguments beyond the parameters (variadic) are unknown to us.  */
  for (; i < gimple_call_num_args (call); i++)
    {
      int arg = escape_arg_node (g, call, i);
      if (arg != ESCAPE_NO_VALUE)
	escape_add_event (g, ESCAPE_REASON_CALL, arg, call, g->fun->decl);
    }
  escape_static_chain (g, call, g->fun->decl);
  escape_call_result (g, call, g->self_return);
}

/* Does a call to summary S keep nothing it reads through its arguments:
   no content leaks, no pointer written into their memory, nothing
   freed, no static chain?  */
bool
escape_summary_is_transparent (gcall *call, const struct escape_summary *s)
{
  if (gimple_call_chain (call)
      || s->nparams < (int) gimple_call_num_args (call))
    return false;
  for (int i = 0; i < s->nparams; i++)
    {
      const struct escape_param_summary *p = &s->params[i];
      if (p->leak_content || p->written || p->freed_levels)
	return false;
    }
  return true;
}
