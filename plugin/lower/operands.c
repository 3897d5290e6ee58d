/* lower/operands.c - lowering of GIMPLE operands into the escape
 * graph: the node holding an operand's value, loads and stores through
 * memory references, the objects of declarations (locals, parameters
 * kept in memory, the result, the frame nested functions share), and
 * operands the analysis does not understand, which escape with reason
 * "unknown".  Statements and calls (lower/statements.c,
 * lower/call.c) are made of these.  */

#include "lower/operands.h"
#include "frontend/generic.h"

/* --- objects for declarations ---------------------------------------- */

static void escape_frame_views (struct escape_graph *g, tree frame,
				int frame_obj);

static bool
escape_decl_is_global (tree decl)
{
  return (VAR_P (decl) && (TREE_STATIC (decl) || DECL_EXTERNAL (decl)))
	 || TREE_CODE (decl) == FUNCTION_DECL;
}

/* The object for a declaration used as memory.  */
static int
escape_decl_object (struct escape_graph *g, tree decl)
{
  if (escape_decl_is_global (decl))
    return g->global_obj;
  if (TREE_CODE (decl) == RESULT_DECL)
    {
      if (g->result_obj < 0)
	{
	  g->result_obj = escape_new_object (g, ESCAPE_OBJ_RESULT);
	  g->objects[g->result_obj].decl = decl;
	}
      return g->result_obj;
    }
  int *known = g->decl_objects->get (decl);
  if (known)
    return *known;
  int obj = escape_new_object (g, ESCAPE_OBJ_LOCAL);
  g->objects[obj].decl = decl;
  g->decl_objects->put (decl, obj);
  if (VAR_P (decl) && DECL_ARTIFICIAL (decl))
    escape_frame_views (g, decl, obj);
  /* A parameter kept in memory starts out holding the caller's pointer.  */
  if (TREE_CODE (decl) == PARM_DECL)
    {
      int index = 0;
      for (tree p = DECL_ARGUMENTS (g->fun->decl); p && p != decl;
	   p = DECL_CHAIN (p))
	index++;
      if (index < g->nparams
	  && escape_type_may_hold_pointer (TREE_TYPE (decl), false))
	escape_add_points_to (g, g->objects[obj].content,
			      escape_param_object (g, index, 1), NULL);
    }
  return obj;
}

/* Is DECL a local the user wrote (or a compound literal), whose
   decisions are worth reporting?  */
static bool
escape_decl_is_user_local (tree decl)
{
  if (TREE_CODE (decl) == PARM_DECL)
    return DECL_NAME (decl) != NULL_TREE;
  if (!VAR_P (decl))
    return false;
  if (!DECL_ARTIFICIAL (decl))
    return DECL_NAME (decl) != NULL_TREE;
  return escape_is_compound_literal (decl);
}

/* The user variable standing for BASE (a VLA's pointer, *BASE) or for
   field FIELD of BASE (a variable moved into the frame object nested
   functions share, FRAME.n.x), found through DECL_VALUE_EXPR in the
   function's scopes.  NULL when there is none.  */
tree
escape_value_expr_owner (function *fun, tree base, tree field)
{
  vec<tree> blocks = vNULL;
  tree found = NULL_TREE;
  if (DECL_INITIAL (fun->decl)
      && TREE_CODE (DECL_INITIAL (fun->decl)) == BLOCK)
    blocks.safe_push (DECL_INITIAL (fun->decl));
  while (!blocks.is_empty () && !found)
    {
      tree block = blocks.pop ();
      for (tree var = BLOCK_VARS (block); var && !found;
	   var = DECL_CHAIN (var))
	{
	  if (!VAR_P (var) || !DECL_HAS_VALUE_EXPR_P (var))
	    continue;
	  tree ve = DECL_VALUE_EXPR (var);
	  if (field && TREE_CODE (ve) == COMPONENT_REF
	      && TREE_OPERAND (ve, 0) == base && TREE_OPERAND (ve, 1) == field)
	    found = var;
	  else if (!field
		   && (TREE_CODE (ve) == INDIRECT_REF || TREE_CODE (ve) == MEM_REF)
		   && TREE_OPERAND (ve, 0) == base)
	    found = var;
	}
      for (tree sub = BLOCK_SUBBLOCKS (block); sub; sub = BLOCK_CHAIN (sub))
	blocks.safe_push (sub);
    }
  blocks.release ();
  return found;
}

/* A reported view of FRAME (object FRAME_OBJ) for variable USER.  */
static int
escape_frame_view_of (struct escape_graph *g, tree user, int frame_obj)
{
  int *known = g->decl_objects->get (user);
  if (known)
    return *known;
  int view = escape_new_object (g, ESCAPE_OBJ_LOCAL);
  g->objects[view].decl = user;
  g->objects[view].alias_of = frame_obj;
  g->objects[view].reported = true;
  g->decl_objects->put (user, view);
  return view;
}

/* FRAME is the object GCC made for the variables nested functions share
   (FRAME.n): each user variable moved into it gets a reported view, so
   that a variable a nested function captures gets a decision even when
   the function never takes its address itself.  */
static void
escape_frame_views (struct escape_graph *g, tree frame, int frame_obj)
{
  const char *name = DECL_NAME (frame) ? IDENTIFIER_POINTER (DECL_NAME (frame))
			: NULL;
  if (!name || strncmp (name, ESCAPE_FRAME_PREFIX,
			sizeof ESCAPE_FRAME_PREFIX - 1) != 0
      || TREE_CODE (TREE_TYPE (frame)) != RECORD_TYPE)
    return;
  for (tree field = TYPE_FIELDS (TREE_TYPE (frame)); field;
       field = DECL_CHAIN (field))
    if (TREE_CODE (field) == FIELD_DECL)
      {
	tree user = escape_value_expr_owner (g->fun, frame, field);
	if (user && !DECL_ARTIFICIAL (user))
	  escape_frame_view_of (g, user, frame_obj);
      }
}

/* &FRAME.n.x for a variable X a nested function shares: the analysis
   works on the frame object, and X gets a reported view of it.  */
static void
escape_frame_view (struct escape_graph *g, tree ref, int frame)
{
  if (TREE_CODE (ref) != COMPONENT_REF)
    return;
  tree base = TREE_OPERAND (ref, 0);
  tree user = escape_value_expr_owner (g->fun, base, TREE_OPERAND (ref, 1));
  if (user)
    escape_frame_view_of (g, user, frame);
}

/* --- operands ------------------------------------------------------- */

static tree
escape_walk_unknown (tree *tp, int *walk_subtrees, void *data);

struct escape_unknown_ctx
{
  struct escape_graph *g;
  gimple *stmt;
};

/* OP is not understood: everything it mentions escapes.  */
void
escape_unknown_operand (struct escape_graph *g, tree op, gimple *stmt)
{
  struct escape_unknown_ctx ctx = { g, stmt };
  walk_tree_without_duplicates (&op, escape_walk_unknown, &ctx);
}

static tree
escape_walk_unknown (tree *tp, int *walk_subtrees, void *data)
{
  struct escape_unknown_ctx *ctx = (struct escape_unknown_ctx *) data;
  tree t = *tp;
  if (TREE_CODE (t) == SSA_NAME || TREE_CODE (t) == ADDR_EXPR)
    {
      int node = escape_operand_node (ctx->g, t, ctx->stmt);
      escape_add_event (ctx->g, ESCAPE_REASON_UNKNOWN, node, ctx->stmt,
			NULL_TREE);
      *walk_subtrees = 0;
    }
  else if (DECL_P (t) && !escape_decl_is_global (t)
	   && (VAR_P (t) || TREE_CODE (t) == PARM_DECL))
    {
      /* A local used as memory: its contents escape.  */
      int obj = escape_decl_object (ctx->g, t);
      escape_add_event (ctx->g, ESCAPE_REASON_UNKNOWN,
			ctx->g->objects[obj].all, ctx->stmt, NULL_TREE);
    }
  return NULL_TREE;
}

/* Where a memory reference REF lives: either an object (*OBJ) or the
   objects a pointer node points to (*PTR).  *OBJ is -1 and *PTR is
   ESCAPE_NO_VALUE when the memory holds no pointers worth tracking
   (string constants).  */
static void
escape_ref_base (struct escape_graph *g, tree ref, gimple *stmt,
		 int *obj, int *ptr)
{
  *obj = -1;
  *ptr = ESCAPE_NO_VALUE;
  tree base = get_base_address (ref);
  if (!base)
    {
      *obj = g->global_obj;
      escape_unknown_operand (g, ref, stmt);
      return;
    }
  switch (TREE_CODE (base))
    {
    case VAR_DECL:
    case PARM_DECL:
    case RESULT_DECL:
      *obj = escape_decl_object (g, base);
      return;
    case MEM_REF:
    case TARGET_MEM_REF:
      *ptr = escape_operand_node (g, TREE_OPERAND (base, 0), stmt);
      if (TREE_CODE (base) == TARGET_MEM_REF && TMR_INDEX2 (base))
	escape_unknown_operand (g, TMR_INDEX2 (base), stmt);
      return;
    case STRING_CST:
    case CONST_DECL:
    case FUNCTION_DECL:
    case LABEL_DECL:
      return;
    default:
      *obj = g->global_obj;
      escape_unknown_operand (g, ref, stmt);
      return;
    }
}

/* Field mode: the field REF reads or writes when it is one scalar field
   of a struct reached by name (s.f, p->f, a[i].f), else NULL (a whole
   object, an aggregate, a union member, a bit-field, an array element,
   a view through another type).  Two different fields are taken not to
   overlap, as C's effective-type rules have it: the hazard question
   only (escape-pass.c).  */
static tree
escape_ref_field (struct escape_graph *g, tree ref)
{
  if (!g->fields || TREE_CODE (ref) != COMPONENT_REF
      || AGGREGATE_TYPE_P (TREE_TYPE (ref))
      || DECL_BIT_FIELD (TREE_OPERAND (ref, 1)))
    return NULL_TREE;
  for (tree t = ref; handled_component_p (t); t = TREE_OPERAND (t, 0))
    {
      if (TREE_CODE (t) != COMPONENT_REF && TREE_CODE (t) != ARRAY_REF)
	return NULL_TREE;
      if (TREE_CODE (t) == COMPONENT_REF
	  && TREE_CODE (TREE_TYPE (TREE_OPERAND (t, 0))) != RECORD_TYPE)
	return NULL_TREE;
    }
  return TREE_OPERAND (ref, 1);
}

/* DST gets what memory reference REF holds.  */
static void
escape_load_ref (struct escape_graph *g, tree ref, int dst, gimple *stmt)
{
  int obj, ptr;
  escape_ref_base (g, ref, stmt, &obj, &ptr);
  tree field = escape_ref_field (g, ref);
  if (obj >= 0 && field)
    {
      escape_add_copy (g, escape_field_node (g, obj, field), dst, stmt);
      escape_add_copy (g, g->objects[obj].content, dst, stmt);
    }
  else if (obj >= 0)
    escape_add_copy (g, g->objects[obj].all, dst, stmt);
  if (ptr != ESCAPE_NO_VALUE)
    escape_add_field_load (g, ptr, dst, stmt, field);
}

/* Memory reference REF gets what SRC holds.  */
static void
escape_store_ref (struct escape_graph *g, tree ref, int src, gimple *stmt)
{
  if (src == ESCAPE_NO_VALUE)
    return;
  int obj, ptr;
  escape_ref_base (g, ref, stmt, &obj, &ptr);
  tree field = escape_ref_field (g, ref);
  if (obj >= 0)
    escape_add_copy (g, src, field ? escape_field_node (g, obj, field)
			     : g->objects[obj].content, stmt);
  if (ptr != ESCAPE_NO_VALUE)
    escape_add_field_store (g, ptr, src, stmt, field);
}

/* The value of &REF.  */
int
escape_address_of (struct escape_graph *g, tree ref, gimple *stmt)
{
  tree base = get_base_address (ref);
  if (!base)
    {
      escape_unknown_operand (g, ref, stmt);
      return g->global_addr;
    }
  switch (TREE_CODE (base))
    {
    case VAR_DECL:
    case PARM_DECL:
    case RESULT_DECL:
      {
	int obj = escape_decl_object (g, base);
	if (g->objects[obj].kind == ESCAPE_OBJ_LOCAL
	    && escape_decl_is_user_local (base))
	  g->objects[obj].reported = true;
	else if (g->objects[obj].kind == ESCAPE_OBJ_LOCAL
		 && DECL_ARTIFICIAL (base))
	  escape_frame_view (g, ref, obj);
	return escape_address_node (g, obj);
      }
    case MEM_REF:
    case TARGET_MEM_REF:
      if (TREE_CODE (base) == TARGET_MEM_REF && TMR_INDEX2 (base))
	escape_unknown_operand (g, TMR_INDEX2 (base), stmt);
      return escape_operand_node (g, TREE_OPERAND (base, 0), stmt);
    case STRING_CST:
    case CONST_DECL:
    case FUNCTION_DECL:
    case LABEL_DECL:
      return ESCAPE_NO_VALUE;
    default:
      escape_unknown_operand (g, ref, stmt);
      return g->global_addr;
    }
}

bool
escape_is_memory_ref (tree op)
{
  switch (TREE_CODE (op))
    {
    case VAR_DECL:
    case PARM_DECL:
    case RESULT_DECL:
    case MEM_REF:
    case TARGET_MEM_REF:
    case COMPONENT_REF:
    case ARRAY_REF:
    case ARRAY_RANGE_REF:
    case BIT_FIELD_REF:
    case REALPART_EXPR:
    case IMAGPART_EXPR:
    case VIEW_CONVERT_EXPR:
      return true;
    default:
      return false;
    }
}

/* The node holding the value of operand OP of STMT, or ESCAPE_NO_VALUE
   when the value cannot hold an address.  Loads get a fresh node.  */
int
escape_operand_node (struct escape_graph *g, tree op, gimple *stmt)
{
  if (!op)
    return ESCAPE_NO_VALUE;
  switch (TREE_CODE (op))
    {
    case SSA_NAME:
      if (virtual_operand_p (op))
	return ESCAPE_NO_VALUE;
      return (int) SSA_NAME_VERSION (op);
    case ADDR_EXPR:
      return escape_address_of (g, TREE_OPERAND (op, 0), stmt);
    case INTEGER_CST:
      /* A non-null pointer constant points to memory we do not know.  */
      if (POINTER_TYPE_P (TREE_TYPE (op)) && !integer_zerop (op))
	return g->global_addr;
      return ESCAPE_NO_VALUE;
    case REAL_CST:
    case FIXED_CST:
    case COMPLEX_CST:
    case VECTOR_CST:
    case STRING_CST:
    case FUNCTION_DECL:
    case LABEL_DECL:
    case CONST_DECL:
    case POLY_INT_CST:
      return ESCAPE_NO_VALUE;
    case CONSTRUCTOR:
      {
	int node = ESCAPE_NO_VALUE;
	unsigned i;
	tree value;
	FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (op), i, value)
	  {
	    int v = escape_operand_node (g, value, stmt);
	    if (v == ESCAPE_NO_VALUE)
	      continue;
	    if (node == ESCAPE_NO_VALUE)
	      node = escape_new_node (g);
	    escape_add_copy (g, v, node, stmt);
	  }
	return node;
      }
    default:
      break;
    }
  if ((TREE_CODE (op) == VIEW_CONVERT_EXPR || TREE_CODE (op) == REALPART_EXPR
       || TREE_CODE (op) == IMAGPART_EXPR || TREE_CODE (op) == BIT_FIELD_REF)
      && (TREE_CODE (TREE_OPERAND (op, 0)) == SSA_NAME
	  || CONSTANT_CLASS_P (TREE_OPERAND (op, 0))))
    return escape_operand_node (g, TREE_OPERAND (op, 0), stmt);
  if (escape_is_memory_ref (op))
    {
      int node = escape_new_node (g);
      escape_load_ref (g, op, node, stmt);
      return node;
    }
  escape_unknown_operand (g, op, stmt);
  return g->global_addr;
}

/* Store the value of operand OP (any form) into the destination LHS of
   STMT, which is an SSA name or memory.  */
void
escape_assign_node (struct escape_graph *g, tree lhs, int value,
		    gimple *stmt)
{
  if (value == ESCAPE_NO_VALUE || !lhs)
    return;
  if (TREE_CODE (lhs) == SSA_NAME
      && !escape_type_may_hold_pointer (TREE_TYPE (lhs), true))
    return;
  if (TREE_CODE (lhs) == SSA_NAME)
    escape_add_copy (g, value, (int) SSA_NAME_VERSION (lhs), stmt);
  else
    escape_store_ref (g, lhs, value, stmt);
}

