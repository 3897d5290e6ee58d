/* escape-build.c - build the escape graph of a function from its GIMPLE.
 *
 * Every statement becomes constraints (see escape-graph.h): assignments
 * and PHIs copy, load and store; address-of gives a node an object;
 * returns, inline asm and integer conversions are escape events; calls
 * are left to escape-calls.c.  Whatever is not understood escapes: an
 * unfamiliar statement or operand makes everything it mentions escape
 * with reason "unknown", and its results point to GLOBAL.  */

#include "escape-graph.h"

/* --- nodes, objects and constraints ---------------------------------- */

int
escape_new_node (struct escape_graph *g)
{
  escape_node n;
  memset (&n, 0, sizeof n);
  n.pts = BITMAP_ALLOC (NULL);
  n.done = BITMAP_ALLOC (NULL);
  n.content_of = -1;
  g->nodes.safe_push (n);
  return (int) g->nodes.length () - 1;
}

int
escape_new_object (struct escape_graph *g, enum escape_obj_kind kind)
{
  escape_object o;
  memset (&o, 0, sizeof o);
  o.kind = kind;
  o.param_index = -1;
  o.event = -1;
  o.via_object = -1;
  o.result_level = -1;
  o.result_event = -1;
  o.alias_of = -1;
  o.content = escape_new_node (g);
  int id = (int) g->objects.length ();
  g->nodes[o.content].content_of = id;
  g->objects.safe_push (o);
  return id;
}

/* Record how NODE came to point to OBJ, the first time it does.  */
static void
escape_note_prov (struct escape_graph *g, int node, int obj, int from,
		  gimple *stmt, enum escape_edge_kind kind)
{
  if (!g->recording || (g->recorded && !bitmap_bit_p (g->recorded, obj)))
    return;
  HOST_WIDE_INT key = ((HOST_WIDE_INT) node << 32) | obj;
  bool existed;
  escape_prov *p = &g->prov->get_or_insert (key, &existed);
  if (!existed)
    {
      p->from = from;
      p->stmt = stmt;
      p->kind = kind;
    }
}

/* NODE points to OBJ (a base constraint).  */
static void
escape_add_points_to (struct escape_graph *g, int node, int obj,
		      gimple *stmt)
{
  if (bitmap_set_bit (g->nodes[node].pts, obj))
    escape_note_prov (g, node, obj, -1, stmt, ESCAPE_EDGE_ADDR);
}

/* The node that holds exactly {OBJ}: the value of &OBJ.  */
int
escape_address_node (struct escape_graph *g, int obj)
{
  int *cached = g->addr_nodes->get (obj);
  if (cached)
    return *cached;
  int node = escape_new_node (g);
  escape_add_points_to (g, node, obj, NULL);
  g->addr_nodes->put (obj, node);
  return node;
}

void
escape_add_copy (struct escape_graph *g, int from, int to, gimple *stmt)
{
  if (from < 0 || to < 0 || from == to)
    return;
  escape_edge e = { to, stmt, ESCAPE_EDGE_COPY };
  if (g->nodes[from].content_of >= 0)
    e.kind = ESCAPE_EDGE_LOAD;
  else if (g->nodes[to].content_of >= 0)
    e.kind = ESCAPE_EDGE_STORE;
  g->nodes[from].succs.safe_push (e);
}

void
escape_add_load (struct escape_graph *g, int ptr, int dst, gimple *stmt)
{
  if (ptr < 0 || dst < 0)
    return;
  escape_complex c = { dst, stmt };
  g->nodes[ptr].loads.safe_push (c);
}

void
escape_add_store (struct escape_graph *g, int ptr, int src, gimple *stmt)
{
  if (ptr < 0 || src < 0)
    return;
  escape_complex c = { src, stmt };
  g->nodes[ptr].stores.safe_push (c);
}

void
escape_add_event (struct escape_graph *g, enum escape_reason reason,
		  int node, gimple *stmt, tree callee)
{
  if (node < 0)
    return;
  escape_event e = { reason, node, stmt, callee, false };
  g->events.safe_push (e);
}

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
      if (index < g->nparams)
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
  if (!name || strncmp (name, "FRAME.", 6) != 0
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
static int
escape_frame_view (struct escape_graph *g, tree ref, int frame)
{
  if (TREE_CODE (ref) != COMPONENT_REF)
    return -1;
  tree base = TREE_OPERAND (ref, 0);
  tree user = escape_value_expr_owner (g->fun, base, TREE_OPERAND (ref, 1));
  if (!user)
    return -1;
  return escape_frame_view_of (g, user, frame);
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
static void
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
			ctx->g->objects[obj].content, ctx->stmt, NULL_TREE);
    }
  return NULL_TREE;
}

/* Where a memory reference REF lives: either an object (*OBJ) or the
   objects a pointer node points to (*PTR).  Both -1 when the memory
   holds no pointers worth tracking (string constants).  */
static void
escape_ref_base (struct escape_graph *g, tree ref, gimple *stmt,
		 int *obj, int *ptr)
{
  *obj = -1;
  *ptr = -1;
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

/* DST gets what memory reference REF holds.  */
static void
escape_load_ref (struct escape_graph *g, tree ref, int dst, gimple *stmt)
{
  int obj, ptr;
  escape_ref_base (g, ref, stmt, &obj, &ptr);
  if (obj >= 0)
    escape_add_copy (g, g->objects[obj].content, dst, stmt);
  if (ptr >= 0)
    escape_add_load (g, ptr, dst, stmt);
}

/* Memory reference REF gets what SRC holds.  */
static void
escape_store_ref (struct escape_graph *g, tree ref, int src, gimple *stmt)
{
  if (src < 0)
    return;
  int obj, ptr;
  escape_ref_base (g, ref, stmt, &obj, &ptr);
  if (obj >= 0)
    escape_add_copy (g, src, g->objects[obj].content, stmt);
  if (ptr >= 0)
    escape_add_store (g, ptr, src, stmt);
}

/* The value of &REF.  */
static int
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
      return -1;
    default:
      escape_unknown_operand (g, ref, stmt);
      return g->global_addr;
    }
}

static bool
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

/* The node holding the value of operand OP of STMT, or -1 when the value
   cannot hold an address.  Loads get a fresh node.  */
int
escape_operand_node (struct escape_graph *g, tree op, gimple *stmt)
{
  if (!op)
    return -1;
  switch (TREE_CODE (op))
    {
    case SSA_NAME:
      if (virtual_operand_p (op))
	return -1;
      return (int) SSA_NAME_VERSION (op);
    case ADDR_EXPR:
      return escape_address_of (g, TREE_OPERAND (op, 0), stmt);
    case INTEGER_CST:
      /* A non-null pointer constant points to memory we do not know.  */
      if (POINTER_TYPE_P (TREE_TYPE (op)) && !integer_zerop (op))
	return g->global_addr;
      return -1;
    case REAL_CST:
    case FIXED_CST:
    case COMPLEX_CST:
    case VECTOR_CST:
    case STRING_CST:
    case FUNCTION_DECL:
    case LABEL_DECL:
    case CONST_DECL:
    case POLY_INT_CST:
      return -1;
    case CONSTRUCTOR:
      {
	int node = -1;
	unsigned i;
	tree value;
	FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (op), i, value)
	  {
	    int v = escape_operand_node (g, value, stmt);
	    if (v < 0)
	      continue;
	    if (node < 0)
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

/* Can a value of TYPE hold a pointer?  Pointers, integers as wide as a
   pointer (intptr_t), and bytes (char: how object representations are
   copied) can.  Narrower integers, booleans and floating types cannot:
   reading a pointer through them is undefined behaviour (C11 6.5p7),
   except in union type punning, which the analysis does not follow
   (docs/analysis.md).  Dropping them keeps an int read from a struct
   that also holds pointers from dragging those pointers along.  */
bool
escape_type_may_hold_pointer (tree type)
{
  if (POINTER_TYPE_P (type))
    return true;
  if (TREE_CODE (type) == BOOLEAN_TYPE || SCALAR_FLOAT_TYPE_P (type))
    return false;
  if (INTEGRAL_TYPE_P (type))
    return TYPE_PRECISION (type) >= POINTER_SIZE
	   || TYPE_PRECISION (type) == CHAR_TYPE_SIZE;
  return true;
}

/* Store the value of operand OP (any form) into the destination LHS of
   STMT, which is an SSA name or memory.  */
static void
escape_assign_node (struct escape_graph *g, tree lhs, int value,
		    gimple *stmt)
{
  if (value < 0 || !lhs)
    return;
  if (TREE_CODE (lhs) == SSA_NAME
      && !escape_type_may_hold_pointer (TREE_TYPE (lhs)))
    return;
  if (TREE_CODE (lhs) == SSA_NAME)
    escape_add_copy (g, value, (int) SSA_NAME_VERSION (lhs), stmt);
  else
    escape_store_ref (g, lhs, value, stmt);
}

/* --- statements ------------------------------------------------------ */

/* Does the integer LHS only ever reach comparisons, through at most
   DEPTH steps of integer arithmetic ((uintptr_t) p & 15) == 0)?  Then
   converting a pointer to it cannot leak the pointer.  */
static bool
escape_integer_is_dead (tree lhs, int depth)
{
  if (TREE_CODE (lhs) != SSA_NAME || depth > 4)
    return false;
  imm_use_iterator it;
  use_operand_p use;
  FOR_EACH_IMM_USE_FAST (use, it, lhs)
    {
      gimple *user = USE_STMT (use);
      if (is_gimple_debug (user) || gimple_code (user) == GIMPLE_COND)
	continue;
      if (!is_gimple_assign (user))
	return false;
      enum tree_code code = gimple_assign_rhs_code (user);
      if (TREE_CODE_CLASS (code) == tcc_comparison)
	continue;
      tree next = gimple_assign_lhs (user);
      if ((TREE_CODE_CLASS (code) == tcc_binary
	   || TREE_CODE_CLASS (code) == tcc_unary)
	  && INTEGRAL_TYPE_P (TREE_TYPE (next))
	  && escape_integer_is_dead (next, depth + 1))
	continue;
      return false;
    }
  return true;
}

static void
escape_build_conversion (struct escape_graph *g, gassign *stmt)
{
  tree lhs = gimple_assign_lhs (stmt);
  tree rhs = gimple_assign_rhs1 (stmt);
  int value = escape_operand_node (g, rhs, stmt);
  escape_assign_node (g, lhs, value, stmt);
  bool from_ptr = POINTER_TYPE_P (TREE_TYPE (rhs));
  bool to_ptr = POINTER_TYPE_P (TREE_TYPE (lhs));
  if (from_ptr && !to_ptr && !escape_integer_is_dead (lhs, 0))
    escape_add_event (g, ESCAPE_REASON_INTEGER, value, stmt, NULL_TREE);
  /* A pointer made from an integer may point anywhere.  */
  if (!from_ptr && to_ptr)
    escape_assign_node (g, lhs, g->global_addr, stmt);
}

/* Does memory reference REF read through a union?  Then a narrow
   integer it yields may be half of a pointer (type punning is defined
   through unions), so it keeps what it points to.  */
static bool
escape_ref_through_union (tree ref)
{
  for (; handled_component_p (ref); ref = TREE_OPERAND (ref, 0))
    if (TREE_CODE (ref) == COMPONENT_REF
	&& TREE_CODE (TREE_TYPE (TREE_OPERAND (ref, 0))) == UNION_TYPE)
      return true;
  return TREE_CODE (TREE_TYPE (ref)) == UNION_TYPE;
}

static void
escape_build_assign (struct escape_graph *g, gassign *stmt)
{
  if (gimple_clobber_p (stmt))
    return;
  tree lhs = gimple_assign_lhs (stmt);
  enum tree_code code = gimple_assign_rhs_code (stmt);
  if (gimple_assign_single_p (stmt))
    {
      tree rhs = gimple_assign_rhs1 (stmt);
      int value = escape_operand_node (g, rhs, stmt);
      if (value >= 0 && TREE_CODE (lhs) == SSA_NAME
	  && escape_is_memory_ref (rhs) && escape_ref_through_union (rhs))
	escape_add_copy (g, value, (int) SSA_NAME_VERSION (lhs), stmt);
      else
	escape_assign_node (g, lhs, value, stmt);
      return;
    }
  /* Comparisons give truth values; a pointer difference is an offset,
     and adding it back to a pointer stays within that pointer's object.  */
  if (TREE_CODE_CLASS (code) == tcc_comparison || code == POINTER_DIFF_EXPR)
    return;
  if (CONVERT_EXPR_CODE_P (code))
    {
      escape_build_conversion (g, stmt);
      return;
    }
  /* Arithmetic: the result may carry any operand's pointer.  */
  for (unsigned i = 1; i < gimple_num_ops (stmt); i++)
    {
      int value = escape_operand_node (g, gimple_op (stmt, i), stmt);
      escape_assign_node (g, lhs, value, stmt);
    }
}

static void
escape_build_phi (struct escape_graph *g, gphi *phi)
{
  tree result = gimple_phi_result (phi);
  if (virtual_operand_p (result))
    return;
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      int value = escape_operand_node (g, gimple_phi_arg_def (phi, i), phi);
      escape_assign_node (g, result, value, phi);
    }
}

static void
escape_build_return (struct escape_graph *g, greturn *stmt)
{
  tree value = gimple_return_retval (stmt);
  if (!value)
    return;
  int node = escape_operand_node (g, value, stmt);
  escape_add_event (g, ESCAPE_REASON_RETURNED, node, stmt, NULL_TREE);
}

/* Inline asm sees the values and the addresses of its operands.  */
static void
escape_build_asm (struct escape_graph *g, gasm *stmt)
{
  for (unsigned i = 0; i < gimple_asm_ninputs (stmt); i++)
    {
      tree op = TREE_VALUE (gimple_asm_input_op (stmt, i));
      if (escape_is_memory_ref (op) && TREE_CODE (op) != SSA_NAME)
	{
	  escape_add_event (g, ESCAPE_REASON_ASM,
			    escape_address_of (g, op, stmt), stmt, NULL_TREE);
	}
      escape_add_event (g, ESCAPE_REASON_ASM,
			escape_operand_node (g, op, stmt), stmt, NULL_TREE);
    }
  for (unsigned i = 0; i < gimple_asm_noutputs (stmt); i++)
    {
      tree op = TREE_VALUE (gimple_asm_output_op (stmt, i));
      if (TREE_CODE (op) != SSA_NAME)
	escape_add_event (g, ESCAPE_REASON_ASM,
			  escape_address_of (g, op, stmt), stmt, NULL_TREE);
      escape_assign_node (g, op, g->global_addr, stmt);
    }
}

/* A statement kind the analysis does not know: all it mentions escapes
   and what it defines points anywhere.  */
static void
escape_build_unknown (struct escape_graph *g, gimple *stmt)
{
  for (unsigned i = 0; i < gimple_num_ops (stmt); i++)
    if (gimple_op (stmt, i))
      escape_unknown_operand (g, gimple_op (stmt, i), stmt);
  tree lhs = gimple_get_lhs (stmt);
  if (lhs)
    escape_assign_node (g, lhs, g->global_addr, stmt);
}

static void
escape_build_stmt (struct escape_graph *g, gimple *stmt)
{
  switch (gimple_code (stmt))
    {
    case GIMPLE_ASSIGN:
      escape_build_assign (g, as_a <gassign *> (stmt));
      break;
    case GIMPLE_CALL:
      escape_build_call (g, as_a <gcall *> (stmt));
      break;
    case GIMPLE_RETURN:
      escape_build_return (g, as_a <greturn *> (stmt));
      break;
    case GIMPLE_ASM:
      escape_build_asm (g, as_a <gasm *> (stmt));
      break;
    case GIMPLE_DEBUG:
    case GIMPLE_COND:
    case GIMPLE_SWITCH:
    case GIMPLE_LABEL:
    case GIMPLE_GOTO:
    case GIMPLE_NOP:
    case GIMPLE_PREDICT:
    case GIMPLE_RESX:
    case GIMPLE_EH_DISPATCH:
    case GIMPLE_EH_MUST_NOT_THROW:
      break;
    default:
      escape_build_unknown (g, stmt);
      break;
    }
}

/* --- the graph of a function ------------------------------------------ */

/* Objects for what each parameter points to, one per level, chained:
   the content of level K points to level K+1; the last to itself.  */
static void
escape_init_params (struct escape_graph *g)
{
  tree fndecl = g->fun->decl;
  int n = 0;
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p))
    n++;
  g->nparams = n;
  g->param_objs = XCNEWVEC (int, n * ESCAPE_PARAM_LEVELS + 1);
  int index = 0;
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p), index++)
    {
      int *levels = &g->param_objs[index * ESCAPE_PARAM_LEVELS];
      for (int k = 0; k < ESCAPE_PARAM_LEVELS; k++)
	{
	  levels[k] = escape_new_object (g, ESCAPE_OBJ_PARAM);
	  g->objects[levels[k]].decl = p;
	  g->objects[levels[k]].param_index = index;
	  g->objects[levels[k]].level = k + 1;
	}
      for (int k = 0; k < ESCAPE_PARAM_LEVELS; k++)
	{
	  int next = levels[k + 1 < ESCAPE_PARAM_LEVELS ? k + 1 : k];
	  escape_add_points_to (g, g->objects[levels[k]].content, next, NULL);
	}
      /* The incoming value points to level 1.  Any scalar may be a
	 pointer in disguise, so integers get the same treatment.  */
      tree def = ssa_default_def (g->fun, p);
      if (def)
	escape_add_points_to (g, (int) SSA_NAME_VERSION (def), levels[0],
			      NULL);
    }
}

void
escape_graph_init (struct escape_graph *g, function *fun, bool recording)
{
  memset (g, 0, sizeof *g);
  g->fun = fun;
  g->recording = recording;
  g->scratch = BITMAP_ALLOC (NULL);
  g->nodes = vNULL;
  g->objects = vNULL;
  g->events = vNULL;
  g->free_nodes = vNULL;
  g->free_stmts = vNULL;
  g->realloc_nodes = vNULL;
  g->decl_objects = new hash_map<tree, int>;
  g->addr_nodes = new hash_map<int_hash<int, -1, -2>, int>;
  /* Sized for the common case up front: growing it is costly.  */
  g->prov = new hash_map<int_hash<HOST_WIDE_INT, -1, -2>, escape_prov>
    (recording ? 2 * num_ssa_names + 64 : 13);
  g->result_obj = -1;
  /* Nodes 0 .. num_ssa_names-1 are the SSA names.  */
  for (unsigned i = 0; i < num_ssa_names; i++)
    {
      int node = escape_new_node (g);
      g->nodes[node].ssa = ssa_name (i);
    }
  g->global_obj = escape_new_object (g, ESCAPE_OBJ_GLOBAL);
  /* Whatever is loaded from unknown memory points to unknown memory.  */
  escape_add_points_to (g, g->objects[g->global_obj].content,
			g->global_obj, NULL);
  g->global_addr = escape_address_node (g, g->global_obj);
  escape_init_params (g);
}

void
escape_build (struct escape_graph *g)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, g->fun)
    {
      for (gphi_iterator pi = gsi_start_phis (bb); !gsi_end_p (pi);
	   gsi_next (&pi))
	escape_build_phi (g, pi.phi ());
      for (gimple_stmt_iterator si = gsi_start_bb (bb); !gsi_end_p (si);
	   gsi_next (&si))
	escape_build_stmt (g, gsi_stmt (si));
    }
}

void
escape_graph_free (struct escape_graph *g)
{
  for (unsigned i = 0; i < g->nodes.length (); i++)
    {
      BITMAP_FREE (g->nodes[i].pts);
      BITMAP_FREE (g->nodes[i].done);
      g->nodes[i].succs.release ();
      g->nodes[i].loads.release ();
      g->nodes[i].stores.release ();
    }
  g->nodes.release ();
  g->objects.release ();
  g->events.release ();
  g->free_nodes.release ();
  g->free_stmts.release ();
  g->realloc_nodes.release ();
  delete g->decl_objects;
  delete g->addr_nodes;
  delete g->prov;
  BITMAP_FREE (g->scratch);
  XDELETEVEC (g->param_objs);
}
