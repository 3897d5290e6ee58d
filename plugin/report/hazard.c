/* report/hazard.c - the words of the two classes of hazard
 * (solve/definite.c): a definite one is told by the step that makes it
 * certain, in the headline after the colon and as its flow (where the
 * address was taken, the variables it went through, the step, and the
 * exit the path reaches); a possible one keeps the decision's flow and
 * ends with what may undo its step.  */

#include "report/hazard.h"
#include "solve/definite.h"
#include "lower/callee.h"

/* The name of the global or parameter memory REF (a store's left-hand
   side) lies in: "global 'g'", "memory of the caller, through parameter
   'p'", "memory reached from global 'g'".  */
static void
escape_write_location (struct escape_graph *g, tree ref,
		       struct escape_style st, struct escape_text *t)
{
  tree base = get_base_address (ref);
  if (base && VAR_P (base) && is_global_var (base))
    {
      escape_text_add (t, "global %s%s%s", st.open, escape_decl_name (base),
		       st.close);
      return;
    }
  struct escape_root r;
  if (base && TREE_CODE (base) == MEM_REF
      && escape_pointer_root (g, TREE_OPERAND (base, 0), &r, 0))
    {
      if (r.param >= 0)
	escape_text_add (t, "%smemory of the caller, through parameter "
			 "%s%s%s", r.level > 1 ? "deeper " : "", st.open,
			 escape_decl_name (g->objects[escape_param_object
						      (g, r.param, 1)].decl),
			 st.close);
      else
	escape_text_add (t, r.level ? "memory reached from global %s%s%s"
			 : "global %s%s%s", st.open,
			 escape_decl_name (r.global), st.close);
      return;
    }
  escape_text_add (t, "memory that outlives the frame");
}

/* How deep escape_write_ref follows a reference.  */
#define ESCAPE_MAX_REF_DEPTH 8

/* The source's spelling of memory reference REF, as far as it has one:
   "h->p", "s.items[2]", "*p"; false (nothing written) when some part
   has no name.  */
static bool
escape_write_ref (tree ref, struct escape_text *t, int depth)
{
  if (depth > ESCAPE_MAX_REF_DEPTH)
    return false;
  switch (TREE_CODE (ref))
    {
    case VAR_DECL:
    case PARM_DECL:
      if (!escape_decl_name (ref) || DECL_ARTIFICIAL (ref))
	return false;
      escape_text_add (t, "%s", escape_decl_name (ref));
      return true;
    case COMPONENT_REF:
      {
	tree base = TREE_OPERAND (ref, 0), field = TREE_OPERAND (ref, 1);
	if (!DECL_NAME (field))
	  return false;
	bool arrow = TREE_CODE (base) == MEM_REF
		     && integer_zerop (TREE_OPERAND (base, 1));
	if (!escape_write_ref (arrow ? TREE_OPERAND (base, 0) : base, t,
			       depth + 1))
	  return false;
	escape_text_add (t, "%s%s", arrow ? "->" : ".",
			 IDENTIFIER_POINTER (DECL_NAME (field)));
	return true;
      }
    case ARRAY_REF:
      {
	if (!escape_write_ref (TREE_OPERAND (ref, 0), t, depth + 1))
	  return false;
	tree index = TREE_OPERAND (ref, 1);
	if (tree_fits_shwi_p (index))
	  escape_text_add (t, "[" HOST_WIDE_INT_PRINT_DEC "]",
			   tree_to_shwi (index));
	else
	  escape_text_add (t, "[...]");
	return true;
      }
    case MEM_REF:
      if (!integer_zerop (TREE_OPERAND (ref, 1)))
	return false;
      escape_text_add (t, "*");
      return escape_write_ref (TREE_OPERAND (ref, 0), t, depth + 1);
    case SSA_NAME:
      if (!escape_ssa_user_name (ref))
	return false;
      escape_text_add (t, "%s", escape_ssa_user_name (ref));
      return true;
    default:
      return false;
    }
}

/* "stored in 'h->p'", or the container's name when the store has no
   spelling: "stored in malloc(...)".  */
static void
escape_write_slot (struct escape_graph *g, const void *data,
		   struct escape_style st, struct escape_text *t)
{
  const struct escape_definite_step *s
    = (const struct escape_definite_step *) data;
  struct escape_text ref = { NULL, 0, 0 };
  escape_text_add (t, "stored in ");
  if (escape_write_ref (s->where, &ref, 0))
    escape_text_add (t, "%s%s%s", st.open, ref.buf, st.close);
  else
    escape_describe_object (g, s->container, st, t);
  free (ref.buf);
}

/* What made the container outlive the frame: "returned", "stored in
   global 'g'".  */
static void
escape_write_holder (struct escape_graph *g, const void *data,
		     struct escape_style st, struct escape_text *t)
{
  const struct escape_definite_step *s
    = (const struct escape_definite_step *) data;
  if (s->kind == ESCAPE_STEP_CONTAINER_KEPT)
    {
      escape_text_add (t, "stored in ");
      escape_write_location (g, gimple_assign_lhs (s->holder), st, t);
    }
  else
    escape_text_add (t, "returned");
}

/* Where callee parameter P keeps its argument, in words.  */
static void
escape_write_kept (const struct escape_param_summary *p,
		   struct escape_style st, struct escape_text *t)
{
  if (p->keep == ESCAPE_KEEP_GLOBAL)
    escape_text_add (t, "global %s%s%s", st.open, p->keep_global_name,
		     st.close);
  else
    escape_text_add (t, "memory its argument %d points to%s",
		     p->keep_param + 1, p->keep_level > 1 ? " (deeper)" : "");
}

static void
escape_write_callee_name (gimple *stmt, struct escape_style st,
			  struct escape_text *t)
{
  tree callee = is_gimple_call (stmt) ? gimple_call_fndecl (stmt) : NULL;
  if (callee && DECL_NAME (callee))
    escape_text_add (t, "%s%s%s", st.open, escape_decl_name (callee),
		     st.close);
  else
    escape_text_add (t, "an indirect call");
}

/* The step of definite step S, in words: "returned", "stored in global
   'g'", "passed to 'keep', which stores it in global 'g'".  */
static void
escape_write_step (struct escape_graph *g, const void *data,
		   struct escape_style st, struct escape_text *t)
{
  const struct escape_definite_step *s
    = (const struct escape_definite_step *) data;
  if (s->container >= 0)
    {
      expanded_location at
	= expand_location (escape_stmt_loc (s->holder,
					    escape_stmt_loc (s->leaves,
							     UNKNOWN_LOCATION)));
      escape_write_slot (g, s, st, t);
      escape_text_add (t, ", ");
      escape_write_holder (g, s, st, t);
      if (at.file)
	escape_text_add (t, " at %s:%d", at.file, at.line);
      return;
    }
  switch (s->kind)
    {
    case ESCAPE_STEP_RETURNED:
      escape_text_add (t, "returned");
      break;
    case ESCAPE_STEP_STORED:
      escape_text_add (t, "stored in ");
      escape_write_location (g, s->where, st, t);
      break;
    case ESCAPE_STEP_STORED_RETURNED:
    case ESCAPE_STEP_CONTAINER_KEPT:
      /* Told above: they have a container.  */
      break;
    case ESCAPE_STEP_THREAD:
      escape_text_add (t, "passed to another thread by ");
      escape_write_callee_name (s->stmt, st, t);
      break;
    case ESCAPE_STEP_KEPT:
      {
	escape_text_add (t, "passed to ");
	escape_write_callee_name (s->stmt, st, t);
	struct escape_summary *sum
	  = escape_call_summary (g, as_a <gcall *> (s->stmt));
	if (sum && s->via_param >= 0 && s->via_param < sum->nparams)
	  {
	    escape_text_add (t, ", which stores it in ");
	    escape_write_kept (&sum->params[s->via_param], st, t);
	  }
	break;
      }
    }
}

void
escape_write_definite_why (struct escape_graph *g, int obj,
			   struct escape_style st, struct escape_text *t)
{
  escape_write_step (g, g->objects[obj].step, st, t);
}

/* "still stored at return", "thread still running at return".  */
static void
escape_write_leaves (struct escape_graph *, const void *data,
		     struct escape_style, struct escape_text *t)
{
  const struct escape_definite_step *s
    = (const struct escape_definite_step *) data;
  escape_text_add (t, s->kind == ESCAPE_STEP_THREAD
		   ? "thread still running at return"
		   : s->kind == ESCAPE_STEP_STORED_RETURNED
		   || s->kind == ESCAPE_STEP_RETURNED
		   ? "returned" : "still stored at return");
}

/* The origin and the named variables VALUE went through to the step,
   oldest first: the must-flow solve/definite.c followed.  */
static void
escape_flow_value (struct escape_graph *g, int obj, tree value, gimple *use,
		   struct escape_flow *f)
{
  auto_vec<tree> names;
  auto_vec<gimple *> users;
  gimple *user = use;
  for (int depth = 0; value && TREE_CODE (value) == SSA_NAME
		      && !SSA_NAME_IS_DEFAULT_DEF (value)
		      && depth < ESCAPE_MAX_STEPS; depth++)
    {
      names.safe_push (value);
      users.safe_push (user);
      gimple *def = SSA_NAME_DEF_STMT (value);
      user = def;
      tree next = NULL_TREE;
      if (gphi *phi = dyn_cast <gphi *> (def))
	{
	  for (unsigned i = 0; i < gimple_phi_num_args (phi) && !next; i++)
	    if (escape_value_must_be (g, gimple_phi_arg_def (phi, i), obj,
				      false))
	      next = gimple_phi_arg_def (phi, i);
	}
      else if (is_gimple_assign (def))
	next = gimple_assign_rhs1 (def);
      value = next;
    }
  struct escape_step_data d;
  memset (&d, 0, sizeof d);
  d.obj = obj;
  d.other = -1;
  location_t fallback = escape_object_loc (g, obj);
  escape_flow_add (g, f, escape_stmt_loc (user, fallback),
		   escape_write_origin, &d);
  for (int i = (int) names.length () - 1; i >= 0; i--)
    if ((d.name = escape_ssa_user_name (names[i])))
      escape_flow_add (g, f,
		       escape_stmt_loc (SSA_NAME_DEF_STMT (names[i]),
					escape_stmt_loc (users[i], fallback)),
		       escape_write_assigned, &d);
}

void
escape_flow_definite (struct escape_graph *g, int obj, struct escape_flow *f)
{
  const struct escape_definite_step *s = g->objects[obj].step;
  escape_flow_value (g, obj, s->value, s->stmt, f);
  location_t at = escape_stmt_loc (s->stmt, escape_object_loc (g, obj));
  if (s->container >= 0)
    {
      escape_flow_add (g, f, at, escape_write_slot, s);
      location_t held = escape_stmt_loc (s->holder,
					 escape_stmt_loc (s->leaves, at));
      escape_flow_add (g, f, held, escape_write_holder, s);
      if (s->kind == ESCAPE_STEP_CONTAINER_KEPT && s->leaves
	  && s->leaves != s->holder)
	escape_flow_add (g, f, escape_stmt_loc (s->leaves, held),
			 escape_write_leaves, s);
      return;
    }
  escape_flow_add (g, f, at, escape_write_step, s);
  if (s->leaves && s->leaves != s->stmt)
    escape_flow_add (g, f, escape_stmt_loc (s->leaves, at),
		     escape_write_leaves, s);
}

/* "may be undone by 'forget'", "joined only on some paths".  */
static void
escape_write_undone (struct escape_graph *, const void *data,
		     struct escape_style st, struct escape_text *t)
{
  const struct escape_definite_step *s
    = (const struct escape_definite_step *) data;
  gimple *u = s->undone;
  if (s->kind == ESCAPE_STEP_THREAD)
    {
      tree fn = is_gimple_call (u) ? gimple_call_fndecl (u) : NULL_TREE;
      const char *name = fn ? escape_decl_name (fn) : NULL;
      if (name && (strstr (name, "thrd_join") || strstr (name, "pthread_join")))
	escape_text_add (t, "joined only on some paths");
      else
	{
	  escape_text_add (t, "may be joined by ");
	  escape_write_callee_name (u, st, t);
	}
      return;
    }
  if (is_gimple_call (u))
    {
      escape_text_add (t, "may be undone by ");
      escape_write_callee_name (u, st, t);
    }
  else if (gimple_code (u) == GIMPLE_ASM)
    escape_text_add (t, "may be undone by an asm statement");
  else
    escape_text_add (t, "may be undone by a store");
}

/* "kept by 'f' only on some paths": a callee whose summary keeps the
   argument beyond the frame, but not on every path (no must-keep).  */
static void
escape_write_kept_sometimes (struct escape_graph *, const void *data,
			     struct escape_style st, struct escape_text *t)
{
  escape_text_add (t, "kept by ");
  escape_write_callee_name ((gimple *) data, st, t);
  escape_text_add (t, " only on some paths");
}

void
escape_flow_undone (struct escape_graph *g, int obj, struct escape_flow *f)
{
  const escape_object *o = &g->objects[obj];
  const escape_object *root = &g->objects[o->alias_of >= 0 ? o->alias_of
					   : obj];
  if (!o->definite && !o->step && root->event >= 0)
    {
      const escape_event *e = &g->events[root->event];
      if (e->reason == ESCAPE_REASON_CALL && e->hazard && e->stmt)
	escape_flow_add (g, f, escape_stmt_loc (e->stmt,
						escape_object_loc (g, obj)),
			 escape_write_kept_sometimes, e->stmt);
      return;
    }
  const struct escape_definite_step *s = o->step;
  /* The decision's flow may already end where it stays uncertain
     ("still stored when 'f' is called").  */
  gimple *kept = g->objects[o->alias_of >= 0 ? o->alias_of : obj].kept_at;
  if (o->definite || !s || !s->undone
      || (kept && !is_a <greturn *> (kept)))
    return;
  escape_flow_add (g, f, escape_stmt_loc (s->undone,
					  escape_object_loc (g, obj)),
		   escape_write_undone, s);
}
