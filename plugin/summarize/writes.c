/* summarize/writes.c - may-write, for the parameter summaries: what a
 * function may write, any value (not only pointers): through which
 * parameters at which levels, the globals it writes by name, and
 * whether it writes memory reached through globals.  A caller asks it
 * whether a call between a store and the exit may undo the store
 * (solve/undo.c): `remember (&x); forget ();` with forget clearing the
 * global remember set is not a definite hazard.  Anything not
 * understood writes everything.  */

#include "summarize/writes.h"
#include "knowledge/libc.h"
#include "lower/callee.h"

/* S may write the objects of OBJS.  */
static void
escape_writes_objects (struct escape_graph *g, struct escape_summary *s,
		       bitmap objs)
{
  bitmap_iterator bi;
  unsigned x;
  EXECUTE_IF_SET_IN_BITMAP (objs, 0, x, bi)
    {
      const escape_object *o = &g->objects[x];
      if (o->kind == ESCAPE_OBJ_GLOBAL)
	s->writes_global_memory = true;
      else if (o->kind == ESCAPE_OBJ_PARAM && o->param_index < s->nparams)
	s->params[o->param_index].writes
	  |= 1u << (MIN (o->level, ESCAPE_SUMMARY_WRITE_LEVELS) - 1);
    }
}

/* S may write what ARG points to, LEVEL dereferences down (1: *ARG).  */
static void
escape_writes_through (struct escape_graph *g, struct escape_summary *s,
		       tree arg, int level)
{
  if (TREE_CODE (arg) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (arg, 0));
      if (level == 1 && base && VAR_P (base) && is_global_var (base))
	{
	  escape_summary_add_global (s, base);
	  return;
	}
      if (level == 1 && base && DECL_P (base))
	return;		/* a local of this function */
      escape_summary_write_everything (s);
      return;
    }
  if (TREE_CODE (arg) != SSA_NAME)
    return;
  auto_bitmap objs;
  bitmap_copy (objs, g->nodes[SSA_NAME_VERSION (arg)].pts);
  escape_objects_below (g, objs, level - 1);
  escape_writes_objects (g, s, objs);
}

/* A store to LHS.  */
static void
escape_writes_store (struct escape_graph *g, struct escape_summary *s,
		     tree lhs)
{
  tree base = get_base_address (lhs);
  if (base && VAR_P (base) && is_global_var (base))
    escape_summary_add_global (s, base);
  else if (base && DECL_P (base))
    return;
  else if (base && (TREE_CODE (base) == MEM_REF
		    || TREE_CODE (base) == TARGET_MEM_REF))
    escape_writes_through (g, s, TREE_OPERAND (base, 0), 1);
  else
    escape_summary_write_everything (s);
}

/* Code nothing is known of, called by CALL: it may write whatever its
   arguments reach, at every level, and what it can reach by itself
   (calls_unknown, which callers ask about their own locations).  */
static void
escape_writes_unknown (struct escape_graph *g, struct escape_summary *s,
		       gcall *call)
{
  s->calls_unknown = true;
  auto_bitmap from, reach;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree arg = gimple_call_arg (call, i);
      if (TREE_CODE (arg) == SSA_NAME)
	bitmap_ior_into (from, g->nodes[SSA_NAME_VERSION (arg)].pts);
      else if (TREE_CODE (arg) == ADDR_EXPR)
	{
	  tree base = get_base_address (TREE_OPERAND (arg, 0));
	  int *obj = base && DECL_P (base) ? g->decl_objects->get (base) : NULL;
	  if (obj)
	    bitmap_set_bit (from, *obj);
	  else if (base && VAR_P (base) && is_global_var (base))
	    {
	      escape_summary_add_global (s, base);
	      bitmap_set_bit (from, g->global_obj);
	    }
	  else
	    escape_summary_write_everything (s);
	}
      else if (!CONSTANT_CLASS_P (arg))
	escape_summary_write_everything (s);
    }
  escape_objects_reachable (g, from, reach);
  escape_writes_objects (g, s, reach);
}

/* Every pointer argument of CALL may be written through.  */
static void
escape_writes_args (struct escape_graph *g, struct escape_summary *s,
		    gcall *call)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    if (POINTER_TYPE_P (TREE_TYPE (gimple_call_arg (call, i))))
      escape_writes_through (g, s, gimple_call_arg (call, i), 1);
}

/* What callee summary C writes, seen through CALL's arguments.  */
static void
escape_writes_callee (struct escape_graph *g, struct escape_summary *s,
		      gcall *call, const struct escape_summary *c)
{
  if ((int) gimple_call_num_args (call) > c->nparams)
    {
      escape_summary_write_everything (s);
      return;
    }
  s->writes_global_memory |= c->writes_global_memory;
  s->calls_unknown |= c->calls_unknown;
  for (int i = 0; i < c->nglobals; i++)
    if (c->globals[i])
      escape_summary_add_global (s, c->globals[i]);
    else
      s->writes_global_memory = true;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    for (int k = 1; k <= ESCAPE_SUMMARY_WRITE_LEVELS; k++)
      if (c->params[i].writes & (1u << (k - 1)))
	/* The last level stands for every deeper one.  */
	escape_writes_through (g, s, gimple_call_arg (call, i),
			       k == ESCAPE_SUMMARY_WRITE_LEVELS
			       ? ESCAPE_PARAM_LEVELS : k);
}

static void
escape_writes_call (struct escape_graph *g, struct escape_summary *s,
		    gcall *call)
{
  if (!gimple_vdef (call))
    return;
  tree fndecl = gimple_call_fndecl (call);
  if (gimple_call_chain (call))
    {
      escape_summary_write_everything (s);
      return;
    }
  if (!fndecl || gimple_call_internal_p (call))
    {
      escape_writes_unknown (g, s, call);
      return;
    }
  if (const struct escape_libc_entry *e = escape_libc_lookup (fndecl))
    {
      if (e->kind == ESCAPE_LIBC_STRTO && gimple_call_num_args (call) > 1)
	escape_writes_through (g, s, gimple_call_arg (call, 1), 1);
      else if (e->kind == ESCAPE_LIBC_WRITES)
	escape_writes_args (g, s, call);
      else if (e->kind != ESCAPE_LIBC_READS && e->kind != ESCAPE_LIBC_SEARCH)
	escape_summary_write_everything (s);
      return;
    }
  if (fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    {
      escape_writes_args (g, s, call);
      return;
    }
  struct escape_summary *c = escape_call_summary (g, call);
  if (c)
    escape_writes_callee (g, s, call, c);
  else if (escape_function_defined_here (fndecl))
    /* The function itself, one in a cycle with it, one that may be
       interposed: it may write what this file's functions can name.  */
    escape_summary_write_everything (s);
  else
    escape_writes_unknown (g, s, call);
}

void
escape_summarize_writes (struct escape_graph *g, struct escape_summary *s)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, g->fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (is_gimple_debug (stmt) || gimple_clobber_p (stmt))
	  continue;
	if (gcall *call = dyn_cast <gcall *> (stmt))
	  escape_writes_call (g, s, call);
	else if (gimple_code (stmt) == GIMPLE_ASM)
	  {
	    if (gimple_vdef (stmt))
	      escape_summary_write_everything (s);
	  }
	else if (gimple_vdef (stmt) && is_gimple_assign (stmt))
	  escape_writes_store (g, s, gimple_assign_lhs (stmt));
      }
}
