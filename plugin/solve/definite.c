/* solve/definite.c - the definite class of hazards: of the locals whose
 * address outlives the frame (solve/outlives.c, the possible class),
 * those for which some path to an exit certainly keeps the address, with
 * nothing after the step that put it there that may undo it.
 *
 * The steps, each found by must-flow (the address itself, through SSA
 * copies, conversions, pointer arithmetic and the PHI argument of the
 * path; never through memory, never a points-to set):
 *   - returned, or stored in the function's result in memory, or folded
 *     by the front end from `return &x;`;
 *   - stored in memory that outlives the frame: a global, or memory
 *     reached from a parameter or a global (solve/undo.c says what may
 *     undo it after the store);
 *   - stored in a block allocated here that is then returned;
 *   - handed to a thread that no path joins (the edge on which the
 *     starter reported failure started no thread);
 *   - passed to a same-file callee whose summary must-keeps it (and the
 *     location it keeps it in is not undone after the call).
 * The same machinery makes the summaries' must-keep: a parameter stored
 * by a step that every path passes, with nothing after it on any path
 * that may undo it.  */

#include "solve/definite.h"
#include "solve/undo.h"
#include "solve/outlives.h"
#include "knowledge/libc.h"
#include "lower/callee.h"

/* --- returns ---------------------------------------------------------- */

/* Is event E a return of OBJ the front end folded (`return &x;` became
   `return 0;`, frontend/generic.c): its node is the address of OBJ, not
   the statement's value?  */
static bool
escape_is_folded_return_of (struct escape_graph *g, const escape_event *e,
			    int obj)
{
  int *addr = g->addr_nodes->get (escape_root_object (g, obj));
  return e->reason == ESCAPE_REASON_RETURNED && addr && e->node == *addr
	 && e->stmt;
}

/* OBJ is returned: by a return statement whose value must be it, or by
   a folded return.  */
static bool
escape_definite_return (struct escape_graph *g, int obj)
{
  for (unsigned i = 0; i < g->events.length (); i++)
    {
      const escape_event *e = &g->events[i];
      if (e->reason != ESCAPE_REASON_RETURNED || !e->stmt)
	continue;
      greturn *ret = dyn_cast <greturn *> (e->stmt);
      tree value = ret ? gimple_return_retval (ret) : NULL_TREE;
      basic_block bb = gimple_bb (e->stmt);
      if (escape_is_folded_return_of (g, e, obj)
	  || (escape_value_must_be (g, value, obj, false)
	      && !(bb && single_pred_p (bb)
		   && escape_edge_excludes (g, single_pred_edge (bb), value,
					    obj))))
	{
	  struct escape_definite_step *s
	    = escape_new_step (g, ESCAPE_STEP_RETURNED, e->stmt, value);
	  s->leaves = e->stmt;
	  g->objects[obj].definite = true;
	  g->objects[obj].step = s;
	  return true;
	}
    }
  return false;
}

/* --- a container that then outlives the frame ------------------------ */

/* A store put the address into a container of this frame: a block
   allocated here, or a local struct or array.  The container then
   outlives the frame: it is returned (a block by pointer, a local by
   value, copied into the result), or stored where it outlives the
   frame (a block's address; a local copied whole).  */
struct escape_container_walk
{
  struct escape_location loc;	/* where the address is, in the container */
  int container;		/* its object */
};

/* Is DECL the result, or memory the hidden result pointer points to?  */
static bool
escape_is_result_ref (tree ref)
{
  tree base = ref ? get_base_address (ref) : NULL_TREE;
  if (base && TREE_CODE (base) == RESULT_DECL)
    return true;
  if (!base || TREE_CODE (base) != MEM_REF)
    return false;
  tree ptr = TREE_OPERAND (base, 0);
  return TREE_CODE (ptr) == SSA_NAME && SSA_NAME_IS_DEFAULT_DEF (ptr)
	 && SSA_NAME_VAR (ptr) && TREE_CODE (SSA_NAME_VAR (ptr)) == RESULT_DECL;
}

/* Does STMT return container D->container: a return of the block's
   address (or NULL on other arms), a return of the local by value, or a
   copy of the local into the result or into a variable (then returned:
   escape_container_returned checks)?  */
static bool
escape_returns_container (struct escape_graph *g, gimple *stmt,
			  const struct escape_container_walk *d)
{
  const escape_object *c = &g->objects[d->container];
  greturn *ret = dyn_cast <greturn *> (stmt);
  if (c->kind == ESCAPE_OBJ_HEAP)
    return ret && escape_value_must_be_or_null (g, gimple_return_retval (ret),
						d->container);
  if (ret)
    return gimple_return_retval (ret) == c->decl;
  if (!gimple_assign_single_p (stmt) || gimple_assign_rhs1 (stmt) != c->decl)
    return false;
  tree lhs = gimple_assign_lhs (stmt);
  return escape_is_result_ref (lhs)
	 || (VAR_P (lhs) && !is_global_var (lhs) && !TREE_ADDRESSABLE (lhs));
}

/* Does STMT store container D->container where it outlives the frame:
   the block's address, or the local copied whole?  LOC gets where.  */
static bool
escape_stores_container (struct escape_graph *g, gimple *stmt,
			 const struct escape_container_walk *d,
			 struct escape_location *loc)
{
  if (!is_gimple_assign (stmt) || !gimple_store_p (stmt)
      || !gimple_assign_single_p (stmt) || gimple_clobber_p (stmt))
    return false;
  const escape_object *c = &g->objects[d->container];
  tree rhs = gimple_assign_rhs1 (stmt);
  if (c->kind == ESCAPE_OBJ_HEAP
      ? !escape_value_must_be (g, rhs, d->container, true)
      : rhs != c->decl)
    return false;
  struct escape_root r;
  return escape_outliving_location (g, gimple_assign_lhs (stmt), loc, &r);
}

/* A walk to a return of the variable DATA: other returns end the
   path.  */
static enum escape_step_effect
escape_returns_var_step (struct escape_graph *, gimple *stmt,
			 const void *data)
{
  greturn *ret = dyn_cast <greturn *> (stmt);
  if (!ret)
    return ESCAPE_STEP_NONE;
  return gimple_return_retval (ret) == (const_tree) data ? ESCAPE_STEP_BLOCK
	 : ESCAPE_STEP_KILL;
}

/* The container was found returned at *AT: when that is a copy into a
   variable, is the variable then returned on some path?  *AT becomes
   the return.  */
static bool
escape_container_returned (struct escape_graph *g, gimple **at)
{
  if (!is_gimple_assign (*at))
    return true;
  tree var = gimple_assign_lhs (*at);
  if (!VAR_P (var))
    return true;
  gimple *ret;
  if (escape_walk_paths (g, *at, escape_returns_var_step, NULL, var, true,
			 &ret) != ESCAPE_WALK_BLOCKED)
    return false;
  *at = ret;
  return true;
}

/* Returning the container, or storing it where it outlives, ends the
   walk (found); an undo of the location, or another return, ends the
   path.  (What may undo such a store is not told: the container is the
   hazard to look at.)  */
static enum escape_step_effect
escape_container_step (struct escape_graph *g, gimple *stmt,
		       const void *data)
{
  const struct escape_container_walk *d
    = (const struct escape_container_walk *) data;
  if (escape_returns_container (g, stmt, d))
    return ESCAPE_STEP_BLOCK;
  struct escape_location holder;
  escape_location_init (g, &holder);
  if (escape_stores_container (g, stmt, d, &holder))
    return ESCAPE_STEP_BLOCK;
  if (is_a <greturn *> (stmt) || escape_may_undo (g, stmt, &d->loc))
    return ESCAPE_STEP_KILL;
  return ESCAPE_STEP_NONE;
}

/* After the container was stored where it outlives: a statement that may
   undo the holder, or (for a block, which is still the same memory) the
   address in the block, ends the path.  */
struct escape_holder_walk
{
  const struct escape_location *slot;	/* NULL for a local copied whole */
  const struct escape_location *holder;
};

static enum escape_step_effect
escape_holder_step (struct escape_graph *g, gimple *stmt, const void *data)
{
  const struct escape_holder_walk *d
    = (const struct escape_holder_walk *) data;
  if (escape_may_undo (g, stmt, d->holder)
      || (d->slot && escape_may_undo (g, stmt, d->slot)))
    return ESCAPE_STEP_KILL;
  return ESCAPE_STEP_NONE;
}

/* Container D->container, holding OBJ at the store of step S, was stored
   where it outlives at HOLDER: is there a path from there to an exit on
   which nothing may undo either?  */
static bool
escape_container_kept (struct escape_graph *g,
		       const struct escape_container_walk *d, gimple *holder,
		       gimple **leaves)
{
  struct escape_location where;
  escape_location_init (g, &where);
  if (!escape_stores_container (g, holder, d, &where))
    return false;
  struct escape_holder_walk h
    = { g->objects[d->container].kind == ESCAPE_OBJ_HEAP ? &d->loc : NULL,
	&where };
  return escape_walk_paths (g, holder, escape_holder_step, NULL, &h, false,
			    leaves) == ESCAPE_WALK_LEAVES;
}

/* A return at -O0 is often the shared one, without a location: the
   last located statement of a path from STMT to it that nothing on
   LOC undoes tells the line (`return h;` is `_7 = h_5;` there).  */
static gimple *
escape_located_return (struct escape_graph *g, gimple *stmt, gimple *ret,
		       struct escape_location *loc)
{
  if (LOCATION_LOCUS (gimple_location (ret)) > BUILTINS_LOCATION)
    return ret;
  gimple *at;
  if (escape_walk_paths (g, stmt, escape_undo_kills, NULL, loc, false, &at)
      == ESCAPE_WALK_LEAVES && at)
    return at;
  return ret;
}

/* Is store S into container object C followed, on some path with
   nothing that may undo it, by the return of C, or by a store of C where
   it outlives that nothing after undoes?  */
static bool
escape_try_container (struct escape_graph *g, int obj,
		      struct escape_definite_step *s, int c)
{
  struct escape_container_walk d;
  escape_location_init (g, &d.loc);
  d.loc.ref = s->where;
  bitmap_set_bit (d.loc.objs, c);
  escape_location_root (&d.loc, NULL_TREE);
  d.container = c;
  gimple *at;
  if (escape_walk_paths (g, s->stmt, escape_container_step, NULL, &d, true,
			 &at) != ESCAPE_WALK_BLOCKED)
    return false;
  gimple *leaves = at;
  if (escape_returns_container (g, at, &d))
    {
      if (!escape_container_returned (g, &at))
	return false;
      leaves = escape_located_return (g, s->stmt, at, &d.loc);
      s->kind = g->objects[c].kind == ESCAPE_OBJ_HEAP
		? ESCAPE_STEP_STORED_RETURNED : ESCAPE_STEP_RETURNED;
    }
  else if (escape_container_kept (g, &d, at, &leaves))
    s->kind = ESCAPE_STEP_CONTAINER_KEPT;
  else
    return false;
  s->holder = at;
  s->leaves = leaves;
  s->container = c;
  g->objects[obj].definite = true;
  g->objects[obj].step = s;
  return true;
}

/* A walk from a store through pointer PTR to a return of PTR: the walk
   ends there (found); another return, or an undo of the stored-to
   location, ends the path.  */
struct escape_pointer_walk
{
  struct escape_location loc;
  tree ptr;
  bitmap from;		/* the blocks reachable from the store */
};

static enum escape_step_effect
escape_returned_pointer_step (struct escape_graph *g, gimple *stmt,
			      const void *data)
{
  const struct escape_pointer_walk *d
    = (const struct escape_pointer_walk *) data;
  if (greturn *ret = dyn_cast <greturn *> (stmt))
    return escape_value_is (gimple_return_retval (ret), d->ptr, d->from, 0)
	   ? ESCAPE_STEP_BLOCK : ESCAPE_STEP_KILL;
  return escape_may_undo (g, stmt, &d->loc) ? ESCAPE_STEP_KILL
	 : ESCAPE_STEP_NONE;
}

/* Store S writes OBJ through pointer PTR, whatever it points to (a block
   a function of another file allocated): is PTR then returned, with
   nothing in between that may undo the store?  The caller gets the
   address through it.  */
static bool
escape_try_returned_pointer (struct escape_graph *g, int obj,
			     struct escape_definite_step *s, tree ptr)
{
  struct escape_pointer_walk d;
  escape_location_init (g, &d.loc);
  d.loc.ref = s->where;
  bitmap_copy (d.loc.objs, g->nodes[SSA_NAME_VERSION (ptr)].pts);
  d.ptr = ptr;
  auto_bitmap from;
  escape_reachable_blocks (s->stmt, from);
  d.from = from;
  gimple *at;
  if (escape_walk_paths (g, s->stmt, escape_returned_pointer_step, NULL, &d,
			 true, &at) != ESCAPE_WALK_BLOCKED)
    return false;
  s->kind = ESCAPE_STEP_STORED_RETURNED;
  s->holder = at;
  s->leaves = escape_located_return (g, s->stmt, at, &d.loc);
  s->container = g->global_obj;
  g->objects[obj].definite = true;
  g->objects[obj].step = s;
  return true;
}

/* Store S writes OBJ into a container of this frame (a local by name,
   or through a pointer that must point to it): does the container then
   outlive the frame?  Or through a pointer that is then returned.  */
static bool
escape_try_returned_container (struct escape_graph *g, int obj,
			       struct escape_definite_step *s)
{
  tree base = get_base_address (s->where);
  if (base && DECL_P (base) && !is_global_var (base))
    {
      int *c = g->decl_objects->get (base);
      return c && g->objects[*c].kind == ESCAPE_OBJ_LOCAL && *c != obj
	     && escape_try_container (g, obj, s, escape_root_object (g, *c));
    }
  if (!base || TREE_CODE (base) != MEM_REF
      || TREE_CODE (TREE_OPERAND (base, 0)) != SSA_NAME)
    return false;
  tree ptr = TREE_OPERAND (base, 0);
  bitmap_iterator bi;
  unsigned x;
  EXECUTE_IF_SET_IN_BITMAP (g->nodes[SSA_NAME_VERSION (ptr)].pts, 0, x, bi)
    {
      const escape_object *c = &g->objects[x];
      if ((c->kind == ESCAPE_OBJ_HEAP || (c->kind == ESCAPE_OBJ_LOCAL
					  && c->alias_of < 0))
	  && (int) x != obj && escape_value_must_be (g, ptr, (int) x, true))
	return escape_try_container (g, obj, s, (int) x);
    }
  return escape_try_returned_pointer (g, obj, s, ptr);
}

/* --- stores ----------------------------------------------------------- */

/* Store STMT writes an address of OBJ: into memory that outlives the
   frame, into the function's result, or into a block then returned.  */
static bool
escape_definite_store (struct escape_graph *g, int obj, gimple *stmt)
{
  tree value = gimple_assign_rhs1 (stmt);
  if (!escape_value_must_be (g, value, obj, false))
    return false;
  tree lhs = gimple_assign_lhs (stmt);
  struct escape_location loc;
  escape_location_init (g, &loc);
  struct escape_root r;
  struct escape_definite_step *s
    = escape_new_step (g, ESCAPE_STEP_STORED, stmt, value);
  s->where = lhs;
  if (escape_is_result_ref (lhs))
    {
      s->kind = ESCAPE_STEP_RETURNED;
      loc.ref = lhs;
      if (g->result_obj >= 0)
	bitmap_set_bit (loc.objs, g->result_obj);
      escape_location_root (&loc, NULL_TREE);
      return escape_try_step (g, obj, s, &loc);
    }
  if (escape_outliving_location (g, lhs, &loc, &r))
    return escape_try_step (g, obj, s, &loc);
  return escape_try_returned_container (g, obj, s);
}

/* --- the classes ---------------------------------------------------- */

/* Is there a definite step for OBJ among the statements of the
   function?  */
static bool
escape_find_definite (struct escape_graph *g, int obj)
{
  if (escape_definite_return (g, obj))
    return true;
  basic_block bb;
  FOR_EACH_BB_FN (bb, g->fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (is_gimple_assign (stmt) && gimple_store_p (stmt)
	    && gimple_assign_single_p (stmt) && !gimple_clobber_p (stmt))
	  {
	    if (escape_definite_store (g, obj, stmt))
	      return true;
	    continue;
	  }
	gcall *call = dyn_cast <gcall *> (stmt);
	if (!call)
	  continue;
	tree fndecl = gimple_call_fndecl (call);
	const struct escape_libc_entry *entry
	  = fndecl ? escape_libc_lookup (fndecl) : NULL;
	if (entry && entry->kind == ESCAPE_LIBC_THREAD)
	  {
	    if (escape_definite_thread (g, obj, call, entry))
	      return true;
	  }
	else if (entry && entry->kind == ESCAPE_LIBC_CLONE)
	  {
	    if (escape_definite_clone (g, obj, call, entry))
	      return true;
	  }
	else if (escape_definite_kept (g, obj, call))
	  return true;
      }
  return false;
}

/* Possible hazard OBJ: would it be definite were the calls of functions
   of other files that may undo it to write none of it?  Those calls are
   then left in G->undo_calls for link (a call met on a walk that did not
   lead to the step too: more to ask, never less).  The object keeps its
   possible step.  */
static void
escape_defer_other_files (struct escape_graph *g, int obj)
{
  escape_object *o = &g->objects[obj];
  struct escape_definite_step *step = o->step;
  unsigned before = g->undo_calls.length ();
  g->deferring = true;
  o->step = NULL;
  bool found = escape_find_definite (g, obj);
  g->deferring = false;
  o->definite = false;
  o->step = step;
  if (!found)
    g->undo_calls.truncate (before);
  for (unsigned i = before; i < g->undo_calls.length (); i++)
    g->undo_calls[i].obj = obj;
}

/* Sort every local whose address outlives the frame into the definite
   class or leave it possible.  Only locals are asked: they are what the
   warning is about.  With UNDO_CALLS (records are written), a possible
   one is asked again for the calls of other files that stand in the
   way.  */
void
escape_compute_definite (struct escape_graph *g, bool undo_calls)
{
  for (unsigned i = 0; i < g->objects.length (); i++)
    {
      escape_object *o = &g->objects[i];
      if (!o->outlives || !o->escapes || o->alias_of >= 0
	  || (o->kind != ESCAPE_OBJ_LOCAL && o->kind != ESCAPE_OBJ_STACK))
	continue;
      if (!escape_find_definite (g, (int) i) && undo_calls)
	escape_defer_other_files (g, (int) i);
    }
  /* Views share the answer of the object they are part of.  */
  for (unsigned i = 0; i < g->objects.length (); i++)
    if (g->objects[i].alias_of >= 0)
      {
	escape_object *o = &g->objects[i];
	o->definite = g->objects[o->alias_of].definite;
	o->step = g->objects[o->alias_of].step;
      }
}
