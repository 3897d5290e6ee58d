/* solve/mustflow.c - the must-flow the definite class is made of
 * (solve/definite.c, solve/definite-calls.c, solve/mustkeep.c): does a
 * value certainly hold an address into an object (through SSA copies,
 * conversions, pointer arithmetic, a PHI argument, MIN, MAX and ?: of
 * locals, the results of calls that hand back an argument, and a
 * frame's memory read back by name or through a pointer that must
 * point there), is a value certainly another or NULL; and the step a
 * definite hazard is told by, with the walk that makes it certain
 * (nothing on some path to the exit may undo it).  Where memory lies
 * is solve/roots.c's.  */

#include "solve/definite.h"
#include "solve/location.h"
#include "solve/outlives.h"
#include "lower/callee.h"
#include "knowledge/libc.h"

int
escape_root_object (const struct escape_graph *g, int obj)
{
  int alias = g->objects[obj].alias_of;
  return alias >= 0 ? alias : obj;
}

/* A must-flow question: does a value hold an address into OBJ (with
   ALL_ARMS, on every arm of a PHI)?  Each SSA name and memory state is
   asked once (a second visit is a cycle, or was answered already), and
   the walk gives up, conservatively (no), after ESCAPE_MAX_MUST_STEPS.  */
#define ESCAPE_MAX_MUST_STEPS 256

struct escape_must_walk
{
  int obj;
  bool all_arms;
  bool null_arms;		/* with ALL_ARMS: an arm that is a null
				   pointer holds nothing, and is no
				   counter-example (`return h;` merged with
				   `return NULL;`) */
  int steps;
  hash_set<tree> seen;
  hash_set<tree> open;		/* values being asked, for loops */
};

static bool escape_must_value (struct escape_graph *g, tree value,
			       struct escape_must_walk *w);
static bool escape_must_memory (struct escape_graph *g, tree ref, tree vuse,
				struct escape_must_walk *w);
static bool escape_must_def (struct escape_graph *g, tree value,
			     struct escape_must_walk *w);

/* A same-file callee must-returns one of several parameters (which one
   depends on its path): does each such argument hold the address?  */
static bool
escape_must_some_arg (struct escape_graph *g, gcall *call,
		      struct escape_must_walk *w)
{
  struct escape_summary *s = escape_call_summary (g, call);
  bool any = false;
  for (int i = 0; i < s->nparams; i++)
    if (s->params[i].must_return)
      {
	if (!escape_must_value (g, gimple_call_arg (call, i), w))
	  return false;
	any = true;
      }
  return any;
}

/* Is REF memory of the frame: a local variable read by name, or memory
   read through a pointer that must point to one local or block of the
   frame (`p = &s; ... p->f`)?  */
static bool
escape_is_frame_memory (struct escape_graph *g, tree ref)
{
  tree base = get_base_address (ref);
  if (base && VAR_P (base) && !is_global_var (base))
    return true;
  if (!base || TREE_CODE (base) != MEM_REF
      || TREE_CODE (TREE_OPERAND (base, 0)) != SSA_NAME)
    return false;
  tree ptr = TREE_OPERAND (base, 0);
  bitmap pts = g->nodes[SSA_NAME_VERSION (ptr)].pts;
  if (bitmap_count_bits (pts) != 1)
    return false;
  int x = bitmap_first_set_bit (pts);
  enum escape_obj_kind kind = g->objects[x].kind;
  return (kind == ESCAPE_OBJ_LOCAL || kind == ESCAPE_OBJ_HEAP)
	 && escape_value_must_be (g, ptr, x, true);
}

/* Which argument CALL's result points into (or is NULL): memcpy and the
   like (GCC's return flags), stpcpy, mempcpy, the C library's searches,
   a same-file function whose summary must-return a parameter; or -1.
   ESCAPE_RESULT_SOME_ARG: a same-file function that must-returns more
   than one of its parameters (escape_must_some_arg).  */
#define ESCAPE_RESULT_SOME_ARG (-2)

static int
escape_result_points_into (struct escape_graph *g, gcall *call)
{
  int flags = gimple_call_return_flags (call);
  if (flags & ERF_RETURNS_ARG)
    {
      unsigned arg = flags & ERF_RETURN_ARG_MASK;
      return arg < gimple_call_num_args (call) ? (int) arg : -1;
    }
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl || gimple_call_num_args (call) == 0)
    return -1;
  if (fndecl_built_in_p (fndecl, BUILT_IN_STPCPY)
      || fndecl_built_in_p (fndecl, BUILT_IN_STPNCPY)
      || fndecl_built_in_p (fndecl, BUILT_IN_MEMPCPY))
    return 0;
  const struct escape_libc_entry *e = escape_libc_lookup (fndecl);
  if (e && e->kind == ESCAPE_LIBC_SEARCH)
    return e->arg < gimple_call_num_args (call) ? (int) e->arg : -1;
  struct escape_summary *s = escape_call_summary (g, call);
  if (!s || (int) gimple_call_num_args (call) > s->nparams)
    return -1;
  int found = -1;
  for (int i = 0; i < s->nparams; i++)
    if (s->params[i].must_return)
      found = found < 0 ? i : ESCAPE_RESULT_SOME_ARG;
  return found;
}

/* Does VALUE certainly hold an address into object OBJ, on a path that
   reaches its use?  A PHI needs one argument that does (its edge is such
   a path), or with ALL_ARMS every argument.  The value of a parameter at
   entry is "in" the parameter's level-1 object, an allocation call's
   result in its site's object.  */
bool
escape_value_must_be (struct escape_graph *g, tree value, int obj,
		      bool all_arms)
{
  struct escape_must_walk w;
  w.obj = obj;
  w.all_arms = all_arms;
  w.null_arms = false;
  w.steps = 0;
  return escape_must_value (g, value, &w);
}

/* Does VALUE hold an address into OBJ on every arm of a PHI that is not
   a null pointer (and on one at least)?  */
bool
escape_value_must_be_or_null (struct escape_graph *g, tree value, int obj)
{
  struct escape_must_walk w;
  w.obj = obj;
  w.all_arms = true;
  w.null_arms = true;
  w.steps = 0;
  return escape_must_value (g, value, &w);
}

/* How far escape_null_pointer_p follows copies.  */
#define ESCAPE_MAX_NULL_DEPTH 8

/* Is V a null pointer: 0, or an SSA copy or conversion of one (at -O0,
   `_8 = 0B;` before the shared return)?  */
bool
escape_null_pointer_p (tree v)
{
  for (int depth = 0; depth < ESCAPE_MAX_NULL_DEPTH; depth++)
    {
      if (integer_zerop (v))
	return true;
      if (TREE_CODE (v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (v))
	return false;
      gimple *def = SSA_NAME_DEF_STMT (v);
      if (!is_gimple_assign (def)
	  || !(gimple_assign_single_p (def)
	       || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))))
	return false;
      v = gimple_assign_rhs1 (def);
    }
  return false;
}

/* Does the condition that ends E->src, taken along E, say that V (or a
   value it copies, in NAMES) is not an address in OBJ: the `!=` side of
   `if (v == &x)` (or the `==` side of `!=`)?  */
static bool
escape_cond_excludes (struct escape_graph *g, edge e, const vec<tree> &names,
		      int obj)
{
  gimple_stmt_iterator gsi = gsi_last_nondebug_bb (e->src);
  gcond *cond = gsi_end_p (gsi) ? NULL : dyn_cast <gcond *> (gsi_stmt (gsi));
  if (!cond || (gimple_cond_code (cond) != EQ_EXPR
		&& gimple_cond_code (cond) != NE_EXPR))
    return false;
  tree lhs = gimple_cond_lhs (cond), rhs = gimple_cond_rhs (cond);
  if (TREE_CODE (lhs) == ADDR_EXPR)
    std::swap (lhs, rhs);
  if (TREE_CODE (rhs) != ADDR_EXPR || !names.contains (lhs))
    return false;
  tree base = get_base_address (TREE_OPERAND (rhs, 0));
  int *found = base && DECL_P (base) ? g->decl_objects->get (base) : NULL;
  if (!found || escape_root_object (g, *found) != escape_root_object (g, obj))
    return false;
  bool equal_side = (gimple_cond_code (cond) == EQ_EXPR)
		    == ((e->flags & EDGE_TRUE_VALUE) != 0);
  return !equal_side;
}

/* How many copies and single-predecessor blocks the exclusion looks
   back through.  */
#define ESCAPE_MAX_EXCLUDE_STEPS 16

/* Is V certainly not an address in OBJ where edge E arrives: E, or the
   edges into the chain of blocks with a single predecessor before it,
   leaves a test that V (or a value V copies) is not that address?
   `if (p == &q) p = 0; return p;`, and `if (p == buf) return strdup
   (buf); return p;`.  */
bool
escape_edge_excludes (struct escape_graph *g, edge e, tree v, int obj)
{
  auto_vec<tree> names;
  for (int i = 0; v && i < ESCAPE_MAX_EXCLUDE_STEPS; i++)
    {
      names.safe_push (v);
      if (TREE_CODE (v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (v))
	break;
      gimple *def = SSA_NAME_DEF_STMT (v);
      if (!is_gimple_assign (def)
	  || !(gimple_assign_single_p (def)
	       || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def)))
	  || TREE_CODE (gimple_assign_rhs1 (def)) != SSA_NAME)
	break;
      v = gimple_assign_rhs1 (def);
    }
  for (int i = 0; e && i < ESCAPE_MAX_EXCLUDE_STEPS; i++)
    {
      if (escape_cond_excludes (g, e, names, obj))
	return true;
      e = single_pred_p (e->src) ? single_pred_edge (e->src) : NULL;
    }
  return false;
}

/* The arms of PHI (of values, or of memory states of REF): one suffices
   (its edge is a path to the use), or with ALL_ARMS every one must.  An
   arm whose edge leaves a test that it is not the address holds none.  */
static bool
escape_must_arms (struct escape_graph *g, gphi *phi, tree ref,
		  struct escape_must_walk *w)
{
  bool any = false;
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      tree arg = gimple_phi_arg_def (phi, i);
      if (!ref && w->null_arms && escape_null_pointer_p (arg))
	continue;
      bool arm = ref ? escape_must_memory (g, ref, arg, w)
		 : (!escape_edge_excludes (g, gimple_phi_arg_edge (phi, i), arg,
					   w->obj)
		    && escape_must_value (g, arg, w));
      if (arm != w->all_arms)
	return arm;
      any = true;
    }
  return w->all_arms && any;
}

static bool
escape_must_value (struct escape_graph *g, tree value,
		   struct escape_must_walk *w)
{
  if (!value || ++w->steps > ESCAPE_MAX_MUST_STEPS)
    return false;
  int obj = w->obj;
  const escape_object *o = &g->objects[obj];
  if (TREE_CODE (value) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (value, 0));
      /* &p->f, &p[i]: an address inside what P points to.  */
      if (base && (TREE_CODE (base) == MEM_REF
		   || TREE_CODE (base) == TARGET_MEM_REF))
	return escape_must_value (g, TREE_OPERAND (base, 0), w);
      int *found = base && DECL_P (base) ? g->decl_objects->get (base) : NULL;
      return found && escape_root_object (g, *found)
		      == escape_root_object (g, obj);
    }
  if (TREE_CODE (value) != SSA_NAME)
    return false;
  /* The points-to set holds whatever the value may hold.  */
  bitmap pts = g->nodes[SSA_NAME_VERSION (value)].pts;
  if (!bitmap_bit_p (pts, obj) && !bitmap_bit_p (pts, escape_root_object (g, obj)))
    return false;
  /* A second visit: with ALL_ARMS, a value still being asked is a loop
     (`for (; *s == ' '; s++)`), which adds nothing to the other arms;
     otherwise no.  */
  if (w->seen.add (value))
    return w->all_arms && w->open.contains (value);
  if (SSA_NAME_IS_DEFAULT_DEF (value))
    return o->kind == ESCAPE_OBJ_PARAM && o->level == 1
	   && SSA_NAME_VAR (value) == o->decl;
  w->open.add (value);
  bool must = escape_must_def (g, value, w);
  w->open.remove (value);
  return must;
}

/* Does the statement that defines VALUE make it an address into
   W->obj?  */
static bool
escape_must_def (struct escape_graph *g, tree value,
		 struct escape_must_walk *w)
{
  const escape_object *o = &g->objects[w->obj];
  gimple *def = SSA_NAME_DEF_STMT (value);
  if (gphi *phi = dyn_cast <gphi *> (def))
    return escape_must_arms (g, phi, NULL_TREE, w);
  if (gcall *call = dyn_cast <gcall *> (def))
    {
      /* memcpy, strcpy and the like return their first argument.  */
      int arg = escape_result_points_into (g, call);
      if (arg >= 0)
	return escape_must_value (g, gimple_call_arg (call, arg), w);
      if (arg == ESCAPE_RESULT_SOME_ARG)
	return escape_must_some_arg (g, call, w);
      return (o->kind == ESCAPE_OBJ_HEAP || o->kind == ESCAPE_OBJ_STACK)
	     && o->alloc == def;
    }
  if (!is_gimple_assign (def))
    return false;
  enum tree_code code = gimple_assign_rhs_code (def);
  tree rhs = gimple_assign_rhs1 (def);
  /* A conversion keeps the address only as a pointer: one returned or
     stored as an integer is the decision's business, not the warning's
     (GCC stays quiet on `return (intptr_t) &x;` too).  */
  if ((gimple_assign_single_p (def)
       && (TREE_CODE (rhs) == SSA_NAME || TREE_CODE (rhs) == ADDR_EXPR))
      || (CONVERT_EXPR_CODE_P (code) && POINTER_TYPE_P (TREE_TYPE (value)))
      || code == POINTER_PLUS_EXPR)
    return escape_must_value (g, rhs, w);
  /* MIN (p, q), MAX (p, q), c ? p : q: as a PHI, one operand suffices
     (some run takes it: with two locals, each warns), or with ALL_ARMS
     both must.  */
  if (code == MIN_EXPR || code == MAX_EXPR || code == COND_EXPR)
    {
      tree a = code == COND_EXPR ? gimple_assign_rhs2 (def) : rhs;
      tree b = code == COND_EXPR ? gimple_assign_rhs3 (def)
	       : gimple_assign_rhs2 (def);
      return w->all_arms
	     ? escape_must_value (g, a, w) && escape_must_value (g, b, w)
	     : escape_must_value (g, a, w) || escape_must_value (g, b, w);
    }
  if (gimple_assign_single_p (def) && gimple_vuse (def)
      && escape_is_frame_memory (g, rhs))
    return escape_must_memory (g, rhs, gimple_vuse (def), w);
  return false;
}

/* Does local memory REF, read where the memory state is VUSE, certainly
   hold an address into W->obj: the store that reaches the read wrote the
   same location with such a value, and nothing that may overlap it came
   between?  */
static bool
escape_must_memory (struct escape_graph *g, tree ref, tree vuse,
		    struct escape_must_walk *w)
{
  while (++w->steps <= ESCAPE_MAX_MUST_STEPS)
    {
      if (!vuse || TREE_CODE (vuse) != SSA_NAME || w->seen.add (vuse))
	return false;
      gimple *def = SSA_NAME_DEF_STMT (vuse);
      if (gphi *phi = dyn_cast <gphi *> (def))
	return escape_must_arms (g, phi, ref, w);
      if (gimple_nop_p (def) || gimple_code (def) == GIMPLE_ASM)
	return false;
      if (is_gimple_assign (def) && gimple_clobber_p (def))
	{
	  if (escape_refs_may_overlap (g, gimple_assign_lhs (def), ref))
	    return false;
	}
      else if (is_gimple_assign (def))
	{
	  tree lhs = gimple_assign_lhs (def);
	  if (escape_same_location (lhs, ref))
	    return gimple_assign_single_p (def)
		   && escape_must_value (g, gimple_assign_rhs1 (def), w);
	  if (escape_refs_may_overlap (g, lhs, ref))
	    return false;
	}
      else if (!is_gimple_call (def) || stmt_may_clobber_ref_p (def, ref))
	return false;
      vuse = gimple_vuse (def);
    }
  return false;
}

/* How far escape_value_is follows copies.  */
#define ESCAPE_MAX_COPY_DEPTH 16

/* Is VALUE certainly PTR's value, or NULL (through copies, conversions
   and every arm of a PHI whose edge comes from a block of FROM, the
   blocks a path from the store can reach; one arm at least PTR)?  */
bool
escape_value_is (tree value, tree ptr, bitmap from, int depth)
{
  if (value == ptr)
    return true;
  if (!value || TREE_CODE (value) != SSA_NAME || depth > ESCAPE_MAX_COPY_DEPTH
      || SSA_NAME_IS_DEFAULT_DEF (value))
    return false;
  gimple *def = SSA_NAME_DEF_STMT (value);
  if (gphi *phi = dyn_cast <gphi *> (def))
    {
      bool any = false;
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	{
	  tree arg = gimple_phi_arg_def (phi, i);
	  if (escape_null_pointer_p (arg)
	      || !bitmap_bit_p (from, gimple_phi_arg_edge (phi, i)->src->index))
	    continue;
	  if (!escape_value_is (arg, ptr, from, depth + 1))
	    return false;
	  any = true;
	}
      return any;
    }
  if (!is_gimple_assign (def))
    return false;
  enum tree_code code = gimple_assign_rhs_code (def);
  if ((gimple_assign_single_p (def)
       && TREE_CODE (gimple_assign_rhs1 (def)) == SSA_NAME)
      || CONVERT_EXPR_CODE_P (code))
    return escape_value_is (gimple_assign_rhs1 (def), ptr, from, depth + 1);
  return false;
}

/* Set in REACH the blocks a path from STMT's block can reach, that
   block included.  */
void
escape_reachable_blocks (gimple *stmt, bitmap reach)
{
  auto_vec<basic_block> work;
  basic_block bb = gimple_bb (stmt);
  bitmap_set_bit (reach, bb->index);
  work.safe_push (bb);
  while (!work.is_empty ())
    {
      bb = work.pop ();
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (bitmap_set_bit (reach, e->dest->index))
	  work.safe_push (e->dest);
    }
}

/* Were the callee of CALL to return its argument ARG on every path
   (must-return), would local OBJ, passed as it, be returned by this
   function on some path: ARG must be OBJ's address, and a return that
   a path from the call reaches returns the call's result?  For link
   (summarize/depends.c).  */
bool
escape_returned_if_callee_returns (struct escape_graph *g, int obj,
				   gcall *call, int arg)
{
  const escape_object *o = &g->objects[obj];
  tree lhs = gimple_call_lhs (call);
  if (arg < 0 || arg >= (int) gimple_call_num_args (call) || !lhs
      || TREE_CODE (lhs) != SSA_NAME
      || (o->kind != ESCAPE_OBJ_LOCAL && o->kind != ESCAPE_OBJ_STACK)
      || !escape_value_must_be (g, gimple_call_arg (call, arg), obj, false))
    return false;
  auto_bitmap from;
  escape_reachable_blocks (call, from);
  basic_block bb;
  FOR_EACH_BB_FN (bb, g->fun)
    {
      gimple_stmt_iterator gsi = gsi_last_nondebug_bb (bb);
      greturn *ret = gsi_end_p (gsi) ? NULL
		     : dyn_cast <greturn *> (gsi_stmt (gsi));
      if (ret && bitmap_bit_p (from, bb->index)
	  && escape_value_is (gimple_return_retval (ret), lhs, from, 0))
	return true;
    }
  return false;
}

/* A new step of KIND at STMT, owned by G.  */
struct escape_definite_step *
escape_new_step (struct escape_graph *g, enum escape_step_kind kind,
		 gimple *stmt, tree value)
{
  struct escape_definite_step *s = XCNEW (struct escape_definite_step);
  s->kind = kind;
  s->stmt = stmt;
  s->value = value;
  s->via_param = -1;
  s->container = -1;
  g->steps.safe_push (s);
  return s;
}

/* Is there a path from STMT to an exit on which nothing may undo LOC?
   Then OBJ is definite, by step S; otherwise S may be OBJ's possible
   step, undone where a path first meets an undo.  */
bool
escape_try_step (struct escape_graph *g, int obj,
		 struct escape_definite_step *s, struct escape_location *loc)
{
  escape_object *o = &g->objects[obj];
  gimple *at;
  if (escape_walk_paths (g, s->stmt, escape_undo_kills, NULL, loc, false, &at)
      == ESCAPE_WALK_LEAVES)
    {
      s->leaves = at;
      o->definite = true;
      o->step = s;
      return true;
    }
  if (!o->step
      && escape_walk_paths (g, s->stmt, escape_undo_blocks, NULL, loc, false,
			    &at) == ESCAPE_WALK_BLOCKED)
    {
      s->undone = at;
      o->step = s;
    }
  return false;
}

