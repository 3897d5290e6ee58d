/* lower/statements.c - lowering of a function's statements into its escape
 * graph (see graph/graph.h): assignments and PHIs copy, load and store;
 * returns, inline asm and integer conversions are escape events; calls
 * are lowered by lower/call.c, operands by lower/operands.c.
 * Whatever is not understood escapes: an unfamiliar statement or operand
 * makes everything it mentions escape with reason "unknown", and its
 * results point to GLOBAL.  */

#include "lower/statements.h"
#include "lower/operands.h"
#include "lower/call.h"
#include "frontend/generic.h"

/* How many steps of integer arithmetic escape_integer_is_dead follows
   before it gives up, and the conversion counts as a leak.  */
#define ESCAPE_MAX_INTEGER_DEPTH 4

/* --- statements ------------------------------------------------------ */

/* Does the integer LHS only ever reach comparisons, through at most
   DEPTH steps of integer arithmetic ((uintptr_t) p & 15) == 0)?  Then
   converting a pointer to it cannot leak the pointer.  */
static bool
escape_integer_is_dead (tree lhs, int depth)
{
  if (TREE_CODE (lhs) != SSA_NAME || depth > ESCAPE_MAX_INTEGER_DEPTH)
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
  /* Pointer arithmetic stays within the pointer's object (C11 6.5.6):
     the offset, an integer, carries nothing.  An offset made from a
     pointer was converted to an integer first, and that conversion is
     an escape already (escape_build_conversion).  */
  if (code == POINTER_PLUS_EXPR)
    {
      int value = escape_operand_node (g, gimple_assign_rhs1 (stmt), stmt);
      escape_assign_node (g, lhs, value, stmt);
      return;
    }
  /* Other arithmetic: the result may carry any operand's pointer.  */
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
  escape_add_copy (g, node, g->self_return, stmt);
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

/* --- the function -------------------------------------------------- */

/* The declaration of FUN with DECL_UID UID: a parameter or a variable
   of its scopes, or NULL.  */
static tree
escape_decl_by_uid (function *fun, int uid)
{
  for (tree p = DECL_ARGUMENTS (fun->decl); p; p = DECL_CHAIN (p))
    if ((int) DECL_UID (p) == uid)
      return p;
  unsigned i;
  tree var;
  FOR_EACH_LOCAL_DECL (fun, i, var)
    if ((int) DECL_UID (var) == uid)
      return var;
  auto_vec<tree> blocks;
  if (DECL_INITIAL (fun->decl) && TREE_CODE (DECL_INITIAL (fun->decl)) == BLOCK)
    blocks.safe_push (DECL_INITIAL (fun->decl));
  while (!blocks.is_empty ())
    {
      tree block = blocks.pop ();
      for (tree v = BLOCK_VARS (block); v; v = DECL_CHAIN (v))
	if ((int) DECL_UID (v) == uid)
	  return v;
      for (tree sub = BLOCK_SUBBLOCKS (block); sub; sub = BLOCK_CHAIN (sub))
	blocks.safe_push (sub);
    }
  return NULL_TREE;
}

/* The statement of FUN that stands for the return at LOC: the return
   itself, or a statement on its line (GCC merges returns), or NULL.  */
static gimple *
escape_return_at (function *fun, location_t loc)
{
  expanded_location want = expand_location (loc);
  gimple *same_line = NULL;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	if (is_gimple_debug (stmt))
	  continue;
	if (gimple_code (stmt) == GIMPLE_RETURN
	    && gimple_location (stmt) == loc)
	  return stmt;
	expanded_location at = expand_location (gimple_location (stmt));
	if (!same_line && at.file && want.file && at.line == want.line
	    && strcmp (at.file, want.file) == 0)
	  same_line = stmt;
      }
  return same_line;
}

/* `return &x;` that the front end folded to a null pointer: the source
   returns x's address, and so does the report (frontend/generic.c).  */
static void
escape_build_folded_returns (struct escape_graph *g)
{
  auto_vec<escape_folded_return> returns;
  escape_folded_returns_of (g->fun->decl, &returns);
  for (unsigned i = 0; i < returns.length (); i++)
    {
      tree decl = returns[i].decl ? returns[i].decl
		  : escape_decl_by_uid (g->fun, returns[i].decl_uid);
      if (!decl)
	continue;
      gimple *ret = escape_return_at (g->fun, returns[i].loc);
      int node = escape_address_of (g, decl, ret);
      escape_add_event (g, ESCAPE_REASON_RETURNED, node, ret, NULL_TREE);
    }
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
  escape_build_folded_returns (g);
}

