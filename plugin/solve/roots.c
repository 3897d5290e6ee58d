/* solve/roots.c - where memory certainly lies, for the definite class
 * (solve/definite.c): is a pointer certainly derived from a parameter or
 * a global (through copies, arithmetic, loads and the PHIs of a loop
 * over a list), does it point only outside the frame (by the points-to
 * sets, less the locals its type cannot point into), and is a store's
 * memory therefore memory that outlives the frame.  */

#include "solve/definite.h"
#include "solve/outlives.h"

/* How far the root of a pointer is followed.  */
#define ESCAPE_MAX_ROOT_DEPTH 32

/* The answers of the root walk: a root, none, or a value that comes back
   to a PHI being asked (a loop: `for (p = r->list; p; p = p->next)`),
   which says nothing either way.  */
enum escape_root_answer
{
  ESCAPE_ROOT_NONE,
  ESCAPE_ROOT_FOUND,
  ESCAPE_ROOT_CYCLE
};

static enum escape_root_answer escape_root_of (struct escape_graph *g,
					       tree ptr, struct escape_root *r,
					       int depth,
					       hash_set<tree> *open);

/* The root of PHI: every arm that is not a cycle has one, the same
   parameter or global (the shallowest level is kept), and one arm at
   least.  */
static enum escape_root_answer
escape_phi_root (struct escape_graph *g, gphi *phi, struct escape_root *r,
		 int depth, hash_set<tree> *open)
{
  tree result = gimple_phi_result (phi);
  if (open->add (result))
    return ESCAPE_ROOT_CYCLE;
  bool found = false;
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      struct escape_root arm;
      switch (escape_root_of (g, gimple_phi_arg_def (phi, i), &arm,
			      depth + 1, open))
	{
	case ESCAPE_ROOT_NONE:
	  open->remove (result);
	  return ESCAPE_ROOT_NONE;
	case ESCAPE_ROOT_CYCLE:
	  continue;
	case ESCAPE_ROOT_FOUND:
	  if (found && (arm.param != r->param || arm.global != r->global))
	    {
	      open->remove (result);
	      return ESCAPE_ROOT_NONE;
	    }
	  if (!found || arm.level < r->level)
	    *r = arm;
	  found = true;
	}
    }
  open->remove (result);
  return found ? ESCAPE_ROOT_FOUND : ESCAPE_ROOT_CYCLE;
}

static enum escape_root_answer
escape_root_of (struct escape_graph *g, tree ptr, struct escape_root *r,
		int depth, hash_set<tree> *open)
{
  if (depth > ESCAPE_MAX_ROOT_DEPTH)
    return ESCAPE_ROOT_NONE;
  if (TREE_CODE (ptr) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (ptr, 0));
      if (!base || !VAR_P (base) || !is_global_var (base))
	return ESCAPE_ROOT_NONE;
      r->param = -1;
      r->global = base;
      r->level = 0;
      return ESCAPE_ROOT_FOUND;
    }
  if (TREE_CODE (ptr) != SSA_NAME)
    return ESCAPE_ROOT_NONE;
  if (SSA_NAME_IS_DEFAULT_DEF (ptr))
    {
      tree var = SSA_NAME_VAR (ptr);
      if (!var || TREE_CODE (var) != PARM_DECL)
	return ESCAPE_ROOT_NONE;
      int index = 0;
      for (tree p = DECL_ARGUMENTS (g->fun->decl); p && p != var;
	   p = DECL_CHAIN (p))
	index++;
      r->param = index;
      r->global = NULL_TREE;
      r->level = 1;
      return index < g->nparams ? ESCAPE_ROOT_FOUND : ESCAPE_ROOT_NONE;
    }
  gimple *def = SSA_NAME_DEF_STMT (ptr);
  if (gphi *phi = dyn_cast <gphi *> (def))
    return escape_phi_root (g, phi, r, depth, open);
  if (!is_gimple_assign (def))
    return ESCAPE_ROOT_NONE;
  enum tree_code code = gimple_assign_rhs_code (def);
  tree rhs = gimple_assign_rhs1 (def);
  if (CONVERT_EXPR_CODE_P (code) || code == POINTER_PLUS_EXPR
      || (gimple_assign_single_p (def)
	  && (TREE_CODE (rhs) == SSA_NAME || TREE_CODE (rhs) == ADDR_EXPR)))
    return escape_root_of (g, rhs, r, depth + 1, open);
  if (!gimple_assign_single_p (def) || !gimple_vuse (def))
    return ESCAPE_ROOT_NONE;
  /* A load: from a global, or through a pointer with a root.  */
  tree base = get_base_address (rhs);
  if (base && VAR_P (base) && is_global_var (base))
    {
      r->param = -1;
      r->global = base;
      r->level = 1;
      return ESCAPE_ROOT_FOUND;
    }
  if (!base || TREE_CODE (base) != MEM_REF)
    return ESCAPE_ROOT_NONE;
  enum escape_root_answer a = escape_root_of (g, TREE_OPERAND (base, 0), r,
					      depth + 1, open);
  if (a == ESCAPE_ROOT_FOUND)
    r->level++;
  return a;
}

/* Is pointer PTR certainly derived from a parameter's value or a global,
   through copies, arithmetic, loads and PHIs (a loop over a list that
   starts there)?  R gets where from: the parameter and how many
   dereferences down (1: what the parameter points to; the shallowest,
   for a loop), or the global and how many loads from it (0: its own
   address).  */
bool
escape_pointer_root (struct escape_graph *g, tree ptr, struct escape_root *r,
		     int depth)
{
  hash_set<tree> open;
  return escape_root_of (g, ptr, r, depth, &open) == ESCAPE_ROOT_FOUND;
}

/* How deep escape_type_may_hold looks into nested aggregates.  */
#define ESCAPE_MAX_TYPE_DEPTH 8

/* May an object of type OUTER hold an object of type INNER (be one,
   or have one as an element or a field, at any depth)?  INNER a
   character type or void may point anywhere.  */
static bool
escape_type_may_hold (tree outer, tree inner, int depth)
{
  if (VOID_TYPE_P (inner)
      || (INTEGRAL_TYPE_P (inner)
	  && TYPE_PRECISION (inner) == TYPE_PRECISION (char_type_node))
      || depth > ESCAPE_MAX_TYPE_DEPTH)
    return true;
  if (types_compatible_p (TYPE_MAIN_VARIANT (outer), TYPE_MAIN_VARIANT (inner)))
    return true;
  if (TREE_CODE (outer) == ARRAY_TYPE)
    return escape_type_may_hold (TREE_TYPE (outer), inner, depth + 1);
  if (RECORD_OR_UNION_TYPE_P (outer))
    {
      for (tree f = TYPE_FIELDS (outer); f; f = DECL_CHAIN (f))
	if (TREE_CODE (f) == FIELD_DECL
	    && escape_type_may_hold (TREE_TYPE (f), inner, depth + 1))
	  return true;
      return false;
    }
  return false;
}

/* Can a pointer to TYPE point into local DECL?  Not when DECL's type
   holds no object of TYPE (C's effective types: a `struct graph *` does
   not point into an `int` array), whatever -fstrict-aliasing says, so
   that -O0 and -O2 agree.  */
static bool
escape_may_point_into (tree type, tree decl)
{
  if (!decl || !DECL_P (decl) || !type || !TREE_TYPE (decl))
    return true;
  return escape_type_may_hold (TREE_TYPE (decl), type, 0);
}

/* Does every object of the points-to set of pointer PTR lie outside the
   frame, and is there one?  Locals of the frame that a pointer of its
   type cannot point into are left out: the points-to sets do not tell
   one field from another, so a list walked from a parameter
   (`g->topo = &x; g = g->base;`) seems to point to X.  */
bool
escape_points_outside (struct escape_graph *g, tree ptr)
{
  bitmap pts = g->nodes[SSA_NAME_VERSION (ptr)].pts;
  tree type = POINTER_TYPE_P (TREE_TYPE (ptr)) ? TREE_TYPE (TREE_TYPE (ptr))
	      : NULL_TREE;
  bool any = false;
  bitmap_iterator bi;
  unsigned x;
  EXECUTE_IF_SET_IN_BITMAP (pts, 0, x, bi)
    {
      const escape_object *o = &g->objects[x];
      if (escape_object_is_external (o))
	any = true;
      else if (o->kind != ESCAPE_OBJ_LOCAL
	       || escape_may_point_into (type, o->decl))
	return false;
    }
  return any;
}

/* Is memory REF certainly memory that outlives the frame?  Fills LOC
   and R (where it is reached from).  */
bool
escape_outliving_location (struct escape_graph *g, tree ref,
			   struct escape_location *loc, struct escape_root *r)
{
  tree base = get_base_address (ref);
  if (!base)
    return false;
  loc->ref = ref;
  if (VAR_P (base) && is_global_var (base))
    {
      loc->global = base;
      bitmap_set_bit (loc->objs, g->global_obj);
      escape_location_root (loc, base);
      r->param = -1;
      r->global = base;
      r->level = 0;
      return true;
    }
  if ((TREE_CODE (base) != MEM_REF && TREE_CODE (base) != TARGET_MEM_REF)
      || TREE_CODE (TREE_OPERAND (base, 0)) != SSA_NAME)
    return false;
  tree ptr = TREE_OPERAND (base, 0);
  if (!escape_pointer_root (g, ptr, r, 0)
      || !escape_points_outside (g, ptr))
    return false;
  bitmap_copy (loc->objs, g->nodes[SSA_NAME_VERSION (ptr)].pts);
  escape_location_root (loc, r->param < 0 ? r->global : NULL_TREE);
  /* *&g: the global itself.  */
  if (r->param < 0 && r->level == 0)
    loc->global = r->global;
  return true;
}
