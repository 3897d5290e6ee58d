/* solve/definite-calls.c - the definite steps a call takes: handing an
 * address to a thread that no path joins, and passing it to a same-file
 * callee whose summary must-keeps it (solve/mustkeep.c), with what it
 * is kept in left alone after the call on some path.  Part of the
 * definite class (solve/definite.c).  */

#include "solve/definite.h"
#include "solve/outlives.h"
#include "knowledge/libc.h"
#include "lower/callee.h"

/* --- threads ---------------------------------------------------------- */

struct escape_thread_walk
{
  tree handle;		/* the thread's handle variable */
  gimple *create;
  tree status;		/* what the starter returned, or NULL */
  bool join_blocks;	/* a join ends the walk, not the path */
  bool leaks;		/* code not handed the handle may know it */
};

/* Does call STMT mention the handle: &T, or a value loaded from T?  */
static bool
escape_call_gets_handle (gcall *call, tree handle)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree arg = gimple_call_arg (call, i);
      if (TREE_CODE (arg) == ADDR_EXPR
	  && get_base_address (TREE_OPERAND (arg, 0)) == handle)
	return true;
      if (TREE_CODE (arg) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF (arg))
	{
	  gimple *def = SSA_NAME_DEF_STMT (arg);
	  if (gimple_assign_single_p (def)
	      && get_base_address (gimple_assign_rhs1 (def)) == handle)
	    return true;
	}
    }
  return false;
}

/* Can code other than what the function hands the handle to learn it:
   does the handle variable escape, or is a value read from it used
   other than as a call's argument?  */
static bool
escape_handle_leaks (struct escape_graph *g, tree handle)
{
  int *obj = g->decl_objects->get (handle);
  if (!obj || g->objects[*obj].escapes)
    return true;
  basic_block bb;
  FOR_EACH_BB_FN (bb, g->fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (!gimple_assign_single_p (stmt)
	    || get_base_address (gimple_assign_rhs1 (stmt)) != handle)
	  continue;
	tree lhs = gimple_assign_lhs (stmt);
	if (TREE_CODE (lhs) != SSA_NAME)
	  return true;
	imm_use_iterator it;
	gimple *use;
	FOR_EACH_IMM_USE_STMT (use, it, lhs)
	  if (!is_gimple_call (use) && !is_gimple_debug (use))
	    return true;
      }
  return false;
}

/* Is CALL a direct call to a function of this file with a summary?  */
static bool
escape_call_summary_p (gcall *call)
{
  tree target = NULL_TREE;
  tree fndecl = gimple_call_fndecl (call);
  return fndecl && escape_callee_summary (fndecl, &target) != NULL;
}

/* May STMT join the thread: its join, asm, a call handed the handle, or,
   when the handle may be known elsewhere, a call through a pointer or to
   a function the C library table and GCC do not describe?  */
static bool
escape_may_join (gimple *stmt, const struct escape_thread_walk *d)
{
  if (gimple_code (stmt) == GIMPLE_ASM)
    return true;
  gcall *call = dyn_cast <gcall *> (stmt);
  if (!call || gimple_call_internal_p (call))
    return false;
  if (escape_is_join_of (call, d->handle))
    return true;
  tree fndecl = gimple_call_fndecl (call);
  /* The C library's other functions join nothing (pthread_detach).  */
  if (fndecl && !gimple_call_chain (call)
      && (escape_libc_lookup (fndecl)
	  || fndecl_built_in_p (fndecl, BUILT_IN_NORMAL)))
    return false;
  /* Any other call may join it, or wait for the thread to be done with
     the address (a semaphore, a condition variable): a same-file
     function handed the handle, and every function nothing is known of
     (the handle may be known elsewhere, and a handshake needs none).  */
  if (escape_call_gets_handle (call, d->handle))
    return true;
  return !fndecl || gimple_call_chain (call) || !escape_call_summary_p (call)
	 || d->leaks;
}

static enum escape_step_effect
escape_thread_walk_step (struct escape_graph *, gimple *stmt,
			 const void *data)
{
  const struct escape_thread_walk *d
    = (const struct escape_thread_walk *) data;
  if (stmt == d->create || !escape_may_join (stmt, d))
    return ESCAPE_STEP_NONE;
  return d->join_blocks ? ESCAPE_STEP_BLOCK : ESCAPE_STEP_KILL;
}

/* Not the edge on which the starter reported failure: `if (rc != 0)`
   (or `if (rc == 0)` else) after `rc = pthread_create (...)`.  */
static bool
escape_thread_edge_ok (edge e, const void *data)
{
  const struct escape_thread_walk *d
    = (const struct escape_thread_walk *) data;
  gimple_stmt_iterator gsi = gsi_last_nondebug_bb (e->src);
  gcond *cond = d->status && !gsi_end_p (gsi)
		? dyn_cast <gcond *> (gsi_stmt (gsi)) : NULL;
  if (!cond || gimple_cond_lhs (cond) != d->status
      || !integer_zerop (gimple_cond_rhs (cond)))
    return true;
  if (gimple_cond_code (cond) == NE_EXPR)
    return !(e->flags & EDGE_TRUE_VALUE);
  if (gimple_cond_code (cond) == EQ_EXPR)
    return !(e->flags & EDGE_FALSE_VALUE);
  return true;
}

/* Is STATUS (a thread starter's result, or NULL) ignored, or used only
   by returns and by tests against 0 (with ANY_TEST, any test against a
   constant: clone's -1)?  */
static bool
escape_status_only_tested (tree status, bool any_test)
{
  if (!status)
    return true;
  if (TREE_CODE (status) != SSA_NAME)
    return false;
  imm_use_iterator it;
  gimple *use;
  FOR_EACH_IMM_USE_STMT (use, it, status)
    {
      if (is_gimple_debug (use) || is_a <greturn *> (use))
	continue;
      gcond *cond = dyn_cast <gcond *> (use);
      if (!cond || gimple_cond_lhs (cond) != status)
	return false;
      tree rhs = gimple_cond_rhs (cond);
      enum tree_code code = gimple_cond_code (cond);
      if (any_test ? TREE_CODE (rhs) != INTEGER_CST
	  : !integer_zerop (rhs) || (code != NE_EXPR && code != EQ_EXPR))
	return false;
    }
  return true;
}

/* Thread starter CALL hands OBJ to a thread: is there a path on which
   the thread started and is never joined?  */
bool
escape_definite_thread (struct escape_graph *g, int obj, gcall *call,
			const struct escape_libc_entry *entry)
{
  if (entry->arg >= gimple_call_num_args (call)
      || !escape_value_must_be (g, gimple_call_arg (call, entry->arg), obj,
				false))
    return false;
  tree h = gimple_call_arg (call, 0);
  tree handle = TREE_CODE (h) == ADDR_EXPR ? TREE_OPERAND (h, 0) : NULL_TREE;
  if (!handle || !DECL_P (handle) || is_global_var (handle))
    return false;
  struct escape_thread_walk d = { handle, call, gimple_call_lhs (call),
				  false, escape_handle_leaks (g, handle) };
  /* Which edge means "failed, no thread" is known only when the result
     is ignored or only tested against 0 right away; through memory, a
     helper, a widening or a bool the failure path would look like one
     that never joins.  */
  if (!escape_status_only_tested (d.status, false))
    return false;
  struct escape_definite_step *s
    = escape_new_step (g, ESCAPE_STEP_THREAD, call,
		       gimple_call_arg (call, entry->arg));
  gimple *at;
  escape_object *o = &g->objects[obj];
  if (escape_walk_paths (g, call, escape_thread_walk_step,
			 escape_thread_edge_ok, &d, false, &at)
      == ESCAPE_WALK_LEAVES)
    {
      s->leaves = at;
      o->definite = true;
      o->step = s;
      return true;
    }
  d.join_blocks = true;
  if (!o->step
      && escape_walk_paths (g, call, escape_thread_walk_step,
			    escape_thread_edge_ok, &d, false, &at)
	 == ESCAPE_WALK_BLOCKED)
    {
      s->undone = at;
      o->step = s;
    }
  return false;
}

/* --- clone ------------------------------------------------------------- */

/* The failure of clone is a result of -1: not the edge on which
   `if (pid == -1)` (or `pid < 0`) holds, nor the one on which
   `pid != -1` (or `pid >= 0`) does not.  DATA: the result, or NULL.  */
static bool
escape_clone_edge_ok (edge e, const void *data)
{
  tree status = (tree) const_cast <void *> (data);
  gimple_stmt_iterator gsi = gsi_last_nondebug_bb (e->src);
  gcond *cond = status && !gsi_end_p (gsi)
		? dyn_cast <gcond *> (gsi_stmt (gsi)) : NULL;
  if (!cond || gimple_cond_lhs (cond) != status
      || TREE_CODE (gimple_cond_rhs (cond)) != INTEGER_CST)
    return true;
  bool minus_one = integer_minus_onep (gimple_cond_rhs (cond));
  bool zero = integer_zerop (gimple_cond_rhs (cond));
  bool on_true = (e->flags & EDGE_TRUE_VALUE) != 0;
  switch (gimple_cond_code (cond))
    {
    case EQ_EXPR: return !(minus_one && on_true);
    case NE_EXPR: return !(minus_one && !on_true);
    case LT_EXPR: return !(zero && on_true);
    case GE_EXPR: return !(zero && !on_true);
    default: return true;
    }
}

/* May STMT wait for the child: asm, or any call the C library table and
   GCC do not describe (waitpid, a function that waits, a handshake).  */
static enum escape_step_effect
escape_clone_wait_step (struct escape_graph *, gimple *stmt, const void *)
{
  if (gimple_code (stmt) == GIMPLE_ASM)
    return ESCAPE_STEP_KILL;
  gcall *call = dyn_cast <gcall *> (stmt);
  if (!call || gimple_call_internal_p (call))
    return ESCAPE_STEP_NONE;
  tree fndecl = gimple_call_fndecl (call);
  if (fndecl && !gimple_call_chain (call)
      && (escape_libc_lookup (fndecl)
	  || fndecl_built_in_p (fndecl, BUILT_IN_NORMAL)))
    return ESCAPE_STEP_NONE;
  return ESCAPE_STEP_KILL;
}

/* clone CALL with CLONE_VM in its visible flags hands OBJ to the child
   (as its stack, or its argument): is there a path on which the child
   was started and nothing waits for it?  */
bool
escape_definite_clone (struct escape_graph *g, int obj, gcall *call,
		       const struct escape_libc_entry *entry)
{
  tree status = gimple_call_lhs (call);
  if (!escape_status_only_tested (status, true))
    return false;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      bool known;
      if (!escape_clone_hands (call, entry, i, &known) || !known
	  || !escape_value_must_be (g, gimple_call_arg (call, i), obj, false))
	continue;
      struct escape_definite_step *s
	= escape_new_step (g, ESCAPE_STEP_THREAD, call, gimple_call_arg (call, i));
      gimple *at;
      if (escape_walk_paths (g, call, escape_clone_wait_step,
			     escape_clone_edge_ok, status, false, &at)
	  == ESCAPE_WALK_LEAVES)
	{
	  s->leaves = at;
	  g->objects[obj].definite = true;
	  g->objects[obj].step = s;
	  return true;
	}
      return false;
    }
  return false;
}

/* --- callees that keep it --------------------------------------------- */

/* The location callee summary parameter P keeps its argument in, seen
   from CALL: a global, or the memory another argument reaches LEVEL
   dereferences down, when that argument certainly points outside the
   frame.  */
bool
escape_kept_location (struct escape_graph *g, gcall *call,
		      const struct escape_param_summary *p,
		      struct escape_location *loc)
{
  if (p->keep == ESCAPE_KEEP_GLOBAL)
    {
      if (!p->keep_global)
	return false;
      loc->ref = loc->global = p->keep_global;
      bitmap_set_bit (loc->objs, g->global_obj);
      escape_location_root (loc, p->keep_global);
      return true;
    }
  if (p->keep != ESCAPE_KEEP_PARAM
      || p->keep_param >= (int) gimple_call_num_args (call))
    return false;
  tree other = gimple_call_arg (call, p->keep_param);
  /* store (&g, &x) with store's *p = q: the global itself.  */
  tree base = TREE_CODE (other) == ADDR_EXPR
	      ? get_base_address (TREE_OPERAND (other, 0)) : NULL_TREE;
  if (base && VAR_P (base) && is_global_var (base) && p->keep_level == 1)
    {
      loc->global = base;
      bitmap_set_bit (loc->objs, g->global_obj);
      escape_location_root (loc, base);
      return true;
    }
  struct escape_root r;
  if (TREE_CODE (other) != SSA_NAME || !escape_pointer_root (g, other, &r, 0)
      || !escape_points_outside (g, other))
    return false;
  bitmap_copy (loc->objs, g->nodes[SSA_NAME_VERSION (other)].pts);
  escape_objects_below (g, loc->objs, p->keep_level - 1);
  escape_location_root (loc, r.param < 0 ? r.global : NULL_TREE);
  return !bitmap_empty_p (loc->objs);
}

/* CALL passes OBJ to a same-file callee that must-keeps that argument:
   is what it keeps it in left alone after the call on some path?  */
bool
escape_definite_kept (struct escape_graph *g, int obj, gcall *call)
{
  struct escape_summary *s = escape_call_summary (g, call);
  if (!s)
    return false;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      if ((int) i >= s->nparams || s->params[i].keep == ESCAPE_KEEP_NONE
	  || !escape_value_must_be (g, gimple_call_arg (call, i), obj,
				    false))
	continue;
      struct escape_location loc;
      escape_location_init (g, &loc);
      if (!escape_kept_location (g, call, &s->params[i], &loc))
	continue;
      struct escape_definite_step *st
	= escape_new_step (g, ESCAPE_STEP_KEPT, call,
			   gimple_call_arg (call, i));
      st->via_param = (int) i;
      if (escape_try_step (g, obj, st, &loc))
	return true;
    }
  return false;
}

