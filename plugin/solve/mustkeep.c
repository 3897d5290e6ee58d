/* solve/mustkeep.c - must-keep, for the parameter summaries: does the
 * function keep a parameter's value on every path through it, where it
 * outlives the caller's frame, and leave it there?  Callers use it to
 * find their definite hazards (solve/definite.c): passing a local's
 * address to such a function certainly keeps it.
 *
 * A parameter is must-kept when one step keeps its value (a store into a
 * global or into memory reached from another parameter, or a call to a
 * callee that must-keeps it), every path from the entry to an exit
 * passes that step, and no path after it meets anything that may undo
 * it (solve/undo.c).
 *
 * For `escape-report link`, it also tells each call to a function of
 * another file whether the callee's must-keep would carry over to the
 * caller (escape_kept_if_callee_keeps).  */

#include "solve/definite.h"
#include "lower/callee.h"

/* A step that keeps the parameter, and where.  */
struct escape_keep_step
{
  gimple *stmt;
  struct escape_location loc;
  enum escape_keep_kind kind;
  tree global;
  int param;
  int level;
};

/* Store STMT keeps OBJ (a parameter's value) in K?  */
static bool
escape_keep_by_store (struct escape_graph *g, gimple *stmt, int obj,
		      struct escape_keep_step *k)
{
  if (!escape_value_must_be (g, gimple_assign_rhs1 (stmt), obj, true))
    return false;
  struct escape_root r;
  if (!escape_outliving_location (g, gimple_assign_lhs (stmt), &k->loc, &r))
    return false;
  if (k->loc.global)
    {
      k->kind = ESCAPE_KEEP_GLOBAL;
      k->global = k->loc.global;
    }
  else if (r.param >= 0)
    {
      k->kind = ESCAPE_KEEP_PARAM;
      k->param = r.param;
      k->level = r.level;
    }
  else
    return false;
  return true;
}

/* Call STMT passes OBJ to a callee that must-keeps it: where, from this
   function's side?  */
static bool
escape_keep_by_call (struct escape_graph *g, gcall *call, int obj,
		     struct escape_keep_step *k)
{
  struct escape_summary *s = escape_call_summary (g, call);
  if (!s)
    return false;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      const struct escape_param_summary *p = &s->params[i];
      if ((int) i >= s->nparams || p->keep == ESCAPE_KEEP_NONE
	  || !escape_value_must_be (g, gimple_call_arg (call, i), obj, true)
	  || !escape_kept_location (g, call, p, &k->loc))
	continue;
      if (p->keep == ESCAPE_KEEP_GLOBAL)
	{
	  k->kind = ESCAPE_KEEP_GLOBAL;
	  k->global = p->keep_global;
	  return true;
	}
      struct escape_root r;
      if (!escape_pointer_root (g, gimple_call_arg (call, p->keep_param), &r,
				0) || r.param < 0)
	continue;
      k->kind = ESCAPE_KEEP_PARAM;
      k->param = r.param;
      k->level = r.level + p->keep_level - 1;
      return true;
    }
  return false;
}

/* The statement a walk looks for ends the path there.  */
static enum escape_step_effect
escape_is_the_stmt (struct escape_graph *, gimple *stmt, const void *data)
{
  return stmt == (const gimple *) data ? ESCAPE_STEP_KILL : ESCAPE_STEP_NONE;
}

/* Does every path through the function keep K, and nothing undo it?  */
static bool
escape_keeps_on_every_path (struct escape_graph *g,
			    const struct escape_keep_step *k)
{
  gimple *at;
  return escape_walk_paths (g, NULL, escape_is_the_stmt, NULL, k->stmt,
			    false, &at) == ESCAPE_WALK_KILLED
	 && escape_walk_paths (g, k->stmt, escape_undo_blocks, NULL, &k->loc,
			       true, &at) != ESCAPE_WALK_BLOCKED;
}

/* Fill P's must-keep for parameter INDEX of G's function.  */
void
escape_param_must_keep (struct escape_graph *g, int index,
			struct escape_param_summary *p)
{
  tree parm = g->objects[escape_param_object (g, index, 1)].decl;
  if (g->self_called || !parm || !POINTER_TYPE_P (TREE_TYPE (parm)))
    return;
  int obj = escape_param_object (g, index, 1);
  struct escape_keep_step k;
  escape_location_init (g, &k.loc);
  basic_block bb;
  FOR_EACH_BB_FN (bb, g->fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	bitmap objs = k.loc.objs, reach = k.loc.reach;
	memset (&k, 0, sizeof k);
	bitmap_clear (objs);
	bitmap_clear (reach);
	k.loc.objs = objs;
	k.loc.reach = reach;
	k.stmt = stmt;
	bool keeps = false;
	if (is_gimple_assign (stmt) && gimple_store_p (stmt)
	    && gimple_assign_single_p (stmt) && !gimple_clobber_p (stmt))
	  keeps = escape_keep_by_store (g, stmt, obj, &k);
	else if (gcall *call = dyn_cast <gcall *> (stmt))
	  keeps = escape_keep_by_call (g, call, obj, &k);
	if (!keeps || !escape_keeps_on_every_path (g, &k))
	  continue;
	p->keep = k.kind;
	p->keep_global = k.global;
	p->keep_global_name = k.global ? escape_decl_name (k.global) : NULL;
	p->keep_param = k.kind == ESCAPE_KEEP_PARAM ? k.param : 0;
	p->keep_level = k.kind == ESCAPE_KEEP_PARAM ? k.level : 0;
	return;
      }
}

/* --- must-return ------------------------------------------------------- */

/* Does every return of G's function return parameter INDEX's value (or
   a pointer into what it points to, or NULL), and one at least?  A
   caller's `return ident (&x);` then certainly returns its local.  */
bool
escape_param_must_return (struct escape_graph *g, int index)
{
  tree parm = g->objects[escape_param_object (g, index, 1)].decl;
  if (g->self_called || !parm || !POINTER_TYPE_P (TREE_TYPE (parm)))
    return false;
  int obj = escape_param_object (g, index, 1);
  bool any = false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, g->fun)
    {
      gimple_stmt_iterator gsi = gsi_last_nondebug_bb (bb);
      greturn *ret = gsi_end_p (gsi) ? NULL
		     : dyn_cast <greturn *> (gsi_stmt (gsi));
      if (!ret)
	continue;
      tree value = gimple_return_retval (ret);
      if (!value || !POINTER_TYPE_P (TREE_TYPE (value)))
	return false;
      if (escape_null_pointer_p (value))
	continue;
      if (!escape_value_must_be_or_null (g, value, obj))
	return false;
      any = true;
    }
  return any;
}

/* --- callees of other files ------------------------------------------- */

/* CALL passes OBJ as its argument ARG to a function of another file.
   Were that function to keep its argument in a global on every path
   (its must-keep, which only `escape-report link` learns), would OBJ be
   kept too: a local on some path from the call to an exit (a definite
   hazard), a parameter's value on every path through the function (the
   parameter is must-kept)?  Which global is not known here, so whatever
   may write any global counts as undoing it.  */
bool
escape_kept_if_callee_keeps (struct escape_graph *g, int obj, gcall *call,
			     int arg)
{
  const escape_object *o = &g->objects[obj];
  bool param = o->kind == ESCAPE_OBJ_PARAM;
  if (arg < 0 || arg >= (int) gimple_call_num_args (call)
      || (param && g->self_called)
      || (!param && o->kind != ESCAPE_OBJ_LOCAL
	  && o->kind != ESCAPE_OBJ_STACK)
      || !escape_value_must_be (g, gimple_call_arg (call, arg), obj, param))
    return false;
  struct escape_keep_step k;
  memset (&k, 0, sizeof k);
  k.stmt = call;
  escape_location_init (g, &k.loc);
  k.loc.any_global = true;
  bitmap_set_bit (k.loc.objs, g->global_obj);
  if (param)
    return escape_keeps_on_every_path (g, &k);
  gimple *at;
  return escape_walk_paths (g, call, escape_undo_kills, NULL, &k.loc, false,
			    &at) == ESCAPE_WALK_LEAVES;
}
