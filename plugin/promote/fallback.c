/* promote/fallback.c - promote a site whose size is known only at
 * run time: a stack buffer of the limit when the size fits, the real
 * allocator above it (promote/decide.c chose the site).
 *
 *   p = malloc (n);            ->   if (n - 1 > LIMIT - 1)   (0 too)
 *                                     p1 = malloc (n);
 *                                   p = PHI <&buf, p1>
 *   free (p);                  ->   if (p != &buf) free (p);
 *
 * calloc zeroes the bytes it uses of the buffer and still fails on
 * n * m overflow (the product is checked within the limit); strdup and
 * strndup copy the string and its terminator into the buffer; a size of
 * 0 goes to the allocator, as does every size above the limit, so each
 * size behaves exactly as before.  The condition is computed before the
 * call, the call moves into its own block, and the fast path's copying
 * sits on the other edge; GCC renames the virtual operands afterwards
 * (TODO_update_ssa_only_virtuals).  */

#include "promote/promote.h"
#include "promote/fallback.h"
#include "knowledge/alloc.h"
#include "cfghooks.h"
#include "cfganal.h"
#include "tree-cfg.h"
#include "cfgloop.h"
#include "fold-const.h"
#include "stor-layout.h"

/* Emit LHS = A CODE B (B may be NULL for a conversion) before GSI, at
   LOC; return LHS, a new SSA name of TYPE.  */
static tree
escape_emit (gimple_stmt_iterator *gsi, location_t loc, enum tree_code code,
	     tree type, tree a, tree b)
{
  tree lhs = make_ssa_name (type);
  gimple *stmt = b ? gimple_build_assign (lhs, code, a, b)
		   : gimple_build_assign (lhs, code, a);
  ESCAPE_SET_NEW_STMT_LOCATION (stmt, loc);
  gsi_insert_before (gsi, stmt, GSI_SAME_STMT);
  return lhs;
}

/* Emit a call of built-in CODE with ARGS before GSI, at LOC; return its
   value as a new SSA name of TYPE, or NULL when TYPE is NULL.  */
static tree
escape_emit_call (gimple_stmt_iterator *gsi, location_t loc,
		  enum built_in_function code, tree type, unsigned nargs,
		  tree a0, tree a1, tree a2)
{
  gcall *call = gimple_build_call (builtin_decl_explicit (code), nargs, a0,
				   a1, a2);
  tree lhs = type ? make_ssa_name (type) : NULL_TREE;
  if (lhs)
    gimple_call_set_lhs (call, lhs);
  ESCAPE_SET_NEW_STMT_LOCATION (call, loc);
  gsi_insert_before (gsi, call, GSI_SAME_STMT);
  return lhs;
}

/* ARG as a size_t value, converted before GSI when it has another type.  */
static tree
escape_as_size (gimple_stmt_iterator *gsi, location_t loc, tree arg)
{
  if (useless_type_conversion_p (size_type_node, TREE_TYPE (arg)))
    return arg;
  return escape_emit (gsi, loc, NOP_EXPR, size_type_node, arg, NULL_TREE);
}

/* Make STMT run only when A CODE B holds: its block ends in that
   condition before it, STMT gets a block of its own, and the rest of the
   block follows in a new one.  *RUN is the edge from STMT's block into
   the rest, *SKIP the edge that bypasses STMT.  */
static void
escape_guard_stmt (gimple *stmt, enum tree_code code, tree a, tree b,
		   profile_probability runs, edge *run, edge *skip)
{
  basic_block bb = gimple_bb (stmt);
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  gcond *cond = gimple_build_cond (code, a, b, NULL_TREE, NULL_TREE);
  ESCAPE_SET_NEW_STMT_LOCATION (cond, gimple_location (stmt));
  gsi_insert_before (&gsi, cond, GSI_SAME_STMT);
  edge into = split_block (bb, cond);
  edge out = split_block (into->dest, stmt);
  into->flags = (into->flags & ~EDGE_FALLTHRU) | EDGE_TRUE_VALUE;
  into->probability = runs;
  *skip = make_edge (bb, out->dest, EDGE_FALSE_VALUE);
  (*skip)->probability = runs.invert ();
  *run = out;
}

/* Write BYTES, the size of the buffer standing in for CALL (classified
   as INFO), to the allocator's out-parameter for the usable size, as
   the allocator would have: *usable = BYTES, before GSI.  Nothing when
   there is none or it is null (promote/decide.c checked the rest).  */
void
escape_promote_write_usable (gimple_stmt_iterator *gsi, gcall *call,
			     const struct escape_alloc_info *info,
			     unsigned HOST_WIDE_INT bytes)
{
  if (info->usable_arg == ESCAPE_NO_ARG)
    return;
  tree arg = gimple_call_arg (call, info->usable_arg);
  if (integer_zerop (arg))
    return;
  tree type = TREE_TYPE (TREE_TYPE (arg));
  tree ref = build2 (MEM_REF, type, arg, build_int_cst (TREE_TYPE (arg), 0));
  gimple *store = gimple_build_assign (ref, build_int_cst (type, bytes));
  ESCAPE_SET_NEW_STMT_LOCATION (store, gimple_location (call));
  gsi_insert_before (gsi, store, GSI_SAME_STMT);
}

/* The fast path of a fallback site: the statements that fill BUF as the
   allocator would have filled it, inserted at GSI.  LEN (strndup) is the
   string's length, BYTES the size asked for.  */
static void
escape_fill_buffer (gimple_stmt_iterator *gsi, location_t loc, gcall *call,
		    const struct escape_alloc_info *info, tree buf,
		    tree bytes, tree len)
{
  tree addr = build_fold_addr_expr (buf);
  if (info->string_arg != ESCAPE_NO_ARG)
    {
      tree s = gimple_call_arg (call, info->string_arg);
      escape_emit_call (gsi, loc, BUILT_IN_MEMCPY, NULL_TREE, 3, addr, s,
			len ? len : bytes);
      if (len)
	{
	  /* strndup: buf[len] = 0.  */
	  tree charp = build_pointer_type (char_type_node);
	  tree end = escape_emit (gsi, loc, POINTER_PLUS_EXPR, charp,
				  build_fold_addr_expr_with_type (buf, charp),
				  len);
	  tree ref = build2 (MEM_REF, char_type_node, end,
			     build_int_cst (charp, 0));
	  gimple *nul = gimple_build_assign (ref,
					     build_zero_cst (char_type_node));
	  ESCAPE_SET_NEW_STMT_LOCATION (nul, loc);
	  gsi_insert_before (gsi, nul, GSI_SAME_STMT);
	}
    }
  else if (info->zeroes)
    escape_emit_call (gsi, loc, BUILT_IN_MEMSET, NULL_TREE, 3, addr,
		      integer_zero_node, bytes);
}

/* Before GSI, compute whether CALL's size is above LIMIT (or 0): the
   boolean the allocator is called under.  *BYTES gets the size asked
   for and *LEN strndup's length.  */
static tree
escape_too_big (gimple_stmt_iterator *gsi, location_t loc, gcall *call,
		const struct escape_alloc_info *info,
		unsigned HOST_WIDE_INT limit, tree *bytes, tree *len)
{
  tree one = build_int_cst (size_type_node, 1);
  tree max = build_int_cst (size_type_node, limit);
  tree below = build_int_cst (size_type_node, limit - 1);
  *len = NULL_TREE;
  if (info->string_arg != ESCAPE_NO_ARG)
    {
      tree s = gimple_call_arg (call, info->string_arg);
      if (info->max_arg != ESCAPE_NO_ARG)
	{
	  *len = escape_emit_call (gsi, loc, BUILT_IN_STRNLEN, size_type_node,
				   2, s, escape_as_size
					   (gsi, loc, gimple_call_arg
					      (call, info->max_arg)),
				   NULL_TREE);
	  return escape_emit (gsi, loc, GE_EXPR, boolean_type_node, *len, max);
	}
      tree n = escape_emit_call (gsi, loc, BUILT_IN_STRLEN, size_type_node, 1,
				 s, NULL_TREE, NULL_TREE);
      *bytes = escape_emit (gsi, loc, PLUS_EXPR, size_type_node, n, one);
      return escape_emit (gsi, loc, GT_EXPR, boolean_type_node, *bytes, max);
    }
  /* Each factor within 1..LIMIT and their product too: no overflow,
     since LIMIT * LIMIT fits a size_t (promote/decide.c).  */
  tree size = escape_as_size (gsi, loc, gimple_call_arg (call,
							    info->size_arg));
  tree count = info->count_arg == ESCAPE_NO_ARG ? one
	       : escape_as_size (gsi, loc, gimple_call_arg (call,
							     info->count_arg));
  tree m1 = build_int_cst (size_type_node, -1);
  tree a = escape_emit (gsi, loc, GT_EXPR, boolean_type_node,
			escape_emit (gsi, loc, PLUS_EXPR, size_type_node,
				     size, m1), below);
  tree b = escape_emit (gsi, loc, GT_EXPR, boolean_type_node,
			escape_emit (gsi, loc, PLUS_EXPR, size_type_node,
				     count, m1), below);
  *bytes = escape_emit (gsi, loc, MULT_EXPR, size_type_node, size, count);
  tree c = escape_emit (gsi, loc, GT_EXPR, boolean_type_node, *bytes, max);
  tree ab = escape_emit (gsi, loc, BIT_IOR_EXPR, boolean_type_node, a, b);
  return escape_emit (gsi, loc, BIT_IOR_EXPR, boolean_type_node, ab, c);
}

/* The result of CALL becomes PHI <&BUF from FAST, the allocator's
   result from RUN>.  */
static void
escape_join_result (gcall *call, tree buf, edge run, edge fast)
{
  tree lhs = gimple_call_lhs (call);
  location_t loc = gimple_location (call);
  basic_block join = run->dest;
  tree res = TREE_CODE (lhs) == SSA_NAME ? lhs : make_ssa_name (TREE_TYPE (lhs));
  tree slow = make_ssa_name (TREE_TYPE (lhs), call);
  gimple_call_set_lhs (call, slow);
  update_stmt (call);
  gphi *phi = create_phi_node (res, join);
  add_phi_arg (phi, slow, run, loc);
  add_phi_arg (phi, build_fold_addr_expr_with_type (buf, TREE_TYPE (lhs)),
	       fast, loc);
  if (res != lhs)
    {
      gimple_stmt_iterator gsi = gsi_after_labels (join);
      gimple *copy = gimple_build_assign (lhs, res);
      ESCAPE_SET_NEW_STMT_LOCATION (copy, loc);
      gsi_insert_before (&gsi, copy, GSI_SAME_STMT);
    }
}

/* Promote fallback site CALL to BUF (a local array of LIMIT bytes).  */
void
escape_promote_fallback_site (gcall *call, tree allocator, tree buf,
			      unsigned HOST_WIDE_INT limit)
{
  struct escape_alloc_info info;
  escape_alloc_classify (call, allocator, &info);
  location_t loc = gimple_location (call);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  tree bytes = NULL_TREE, len = NULL_TREE;
  tree big = escape_too_big (&gsi, loc, call, &info, limit, &bytes, &len);
  edge run, skip;
  escape_guard_stmt (call, NE_EXPR, big, boolean_false_node,
		     profile_probability::unlikely (), &run, &skip);
  basic_block fast = split_edge (skip);
  edge fast_out = single_succ_edge (fast);
  /* The new block is empty: inserting before its end appends.  */
  gimple_stmt_iterator at = gsi_start_bb (fast);
  escape_fill_buffer (&at, loc, call, &info, buf, bytes, len);
  escape_promote_write_usable (&at, call, &info, limit);
  if (gimple_call_lhs (call))
    escape_join_result (call, buf, run, fast_out);
}

/* Free FREE_STMT (argument ARG) only when it does not receive BUF.  */
void
escape_promote_fallback_free (gimple *free_stmt, int arg, tree buf)
{
  tree p = gimple_call_arg (free_stmt, arg);
  tree addr = build_fold_addr_expr_with_type (buf, TREE_TYPE (p));
  edge run, skip;
  escape_guard_stmt (free_stmt, NE_EXPR, p, addr,
		     profile_probability::even (), &run, &skip);
}

/* After the rewrites: the CFG changed.  */
void
escape_promote_fallback_finish (function *fun)
{
  free_dominance_info (fun, CDI_DOMINATORS);
  free_dominance_info (fun, CDI_POST_DOMINATORS);
  if (loops_for_fn (fun))
    loops_state_set (fun, LOOPS_NEED_FIXUP);
}
