/* promote/decide.c - which heap allocations promotion moves to
 * the stack (promote[=BYTES]); promote/rewrite.c and
 * promote/fallback.c carry it out.
 *
 * A call site that the allocator table marks promotable (malloc, calloc,
 * aligned_alloc, strdup, strndup, the allocators named by allocator=)
 * is promoted when all hold:
 *   - its object does not escape (solve/solve.c proved it);
 *   - the user did not leave it alone (promote-skip, promote-only);
 *   - its size is a compile-time constant, not zero, within the limit
 *     (calloc's n*m must not overflow): a stack array replaces it; or
 *     its size is not a constant (strdup's never is): a buffer of the
 *     limit replaces it when the size fits at run time, and the
 *     allocator is still called above it ("fallback"), though not in
 *     a recursive function unless promote-recursive is given;
 *   - the frame's buffers stay within promote-budget ("stack-budget"),
 *     constant sites counted first;
 *   - every free that may receive it receives exactly it, so the calls
 *     can be removed, and no callee frees it ("freed-elsewhere");
 *   - nothing resizes it ("realloc");
 *   - the call cannot throw ("may-throw");
 *   - it cannot be live twice: no path leads from the allocation back
 *     to itself without freeing the object ("live-across-iterations");
 *   - an allocator's out-parameter for the usable size
 *     (zmalloc_usable (n, &usable)) is an address or null, so the
 *     promoted site can write the buffer's size there ("out-param").
 * Every other heap site that is not promoted gets its reason too:
 * "escapes", the allocator table's reason ("allocator-shape",
 * "out-param", "allocator-not-named", "unsupported-allocator"), or
 * "promote-off" for a site that does not escape when promotion is
 * off.  */

#include "promote/promote.h"
#include "knowledge/alloc.h"
#include "knowledge/cycles.h"
#include "base/options.h"
#include "tree-cfg.h"

/* The largest alignment (bytes) an aligned_alloc may ask for and still
   be promoted: a stack slot aligned beyond a page is not worth it.  */
#define ESCAPE_MAX_PROMOTE_ALIGN 4096

/* Is heap object O a call that promotion may replace?  Fills INFO.  */
static bool
escape_promote_candidate (const escape_object *o,
			  struct escape_alloc_info *info)
{
  if (o->kind != ESCAPE_OBJ_HEAP || !o->allocator)
    return false;
  return escape_alloc_classify (as_a <gcall *> (o->alloc), o->allocator, info)
	 && info->promotable;
}

/* Argument I of CALL as a constant, or false.  */
static bool
escape_const_arg (gcall *call, int i, unsigned HOST_WIDE_INT *value)
{
  if (i == ESCAPE_NO_ARG || i >= (int) gimple_call_num_args (call))
    return false;
  tree arg = gimple_call_arg (call, i);
  if (!tree_fits_uhwi_p (arg))
    return false;
  *value = tree_to_uhwi (arg);
  return true;
}

/* The size of calloc-like CALL whose count N or element size M is not
   a constant: a buffer of the limit (the fallback) when the product of
   two values within the limit cannot overflow, else why not.  */
static const char *
escape_variable_product (gcall *call, const struct escape_alloc_info *info,
			 unsigned HOST_WIDE_INT *size)
{
  unsigned HOST_WIDE_INT c;
  bool known = escape_const_arg (call, info->size_arg, &c)
	       || escape_const_arg (call, info->count_arg, &c);
  if (known && c == 0)
    return "zero-size";
  if (known && c > escape_opts.promote_limit)
    return "too-large";
  unsigned HOST_WIDE_INT limit = escape_opts.promote_limit;
  if (!known && TYPE_PRECISION (size_type_node) < HOST_BITS_PER_WIDE_INT
      && limit * limit >> TYPE_PRECISION (size_type_node))
    return "non-constant-size";
  *size = 0;
  return NULL;
}

/* The size of the allocation in *SIZE and its alignment in bits in
   *ALIGN; NULL, or the reason it has none.  *SIZE is 0 for a size known
   only at run time (the fallback).  */
static const char *
escape_alloc_size (const escape_object *o,
		   const struct escape_alloc_info *info,
		   unsigned HOST_WIDE_INT *size, unsigned *align)
{
  gcall *call = as_a <gcall *> (o->alloc);
  *align = escape_malloc_alignment ();
  *size = 0;
  if (info->align_arg != ESCAPE_NO_ARG)
    {
      unsigned HOST_WIDE_INT want;
      if (!escape_const_arg (call, info->align_arg, &want))
	return "non-constant-size";
      /* A bad alignment is the allocator's business: leave it alone.  */
      if (want == 0 || (want & (want - 1)) != 0
	  || want > ESCAPE_MAX_PROMOTE_ALIGN)
	return "bad-alignment";
      *align = MAX (*align, (unsigned) want * BITS_PER_UNIT);
    }
  if (info->string_arg != ESCAPE_NO_ARG)
    return NULL;
  if (!escape_const_arg (call, info->size_arg, size))
    {
      *size = 0;
      return info->count_arg != ESCAPE_NO_ARG
	     ? escape_variable_product (call, info, size) : NULL;
    }
  if (info->count_arg != ESCAPE_NO_ARG)
    {
      unsigned HOST_WIDE_INT n;
      if (!escape_const_arg (call, info->count_arg, &n))
	return escape_variable_product (call, info, size);
      if (n && *size > HOST_WIDE_INT_M1U / n)
	return "too-large";
      *size *= n;
    }
  if (*size == 0)
    return "zero-size";
  if (*size > escape_opts.promote_limit)
    return "too-large";
  return NULL;
}

/* Is OBJ the only object NODE may point to?  */
static bool
escape_points_only_to (struct escape_graph *g, int node, int obj)
{
  bitmap pts = g->nodes[node].pts;
  return bitmap_count_bits (pts) == 1 && bitmap_bit_p (pts, obj);
}

/* Check the frees of OBJ (its allocator classified as INFO): each must be
   a direct free of exactly OBJ by its family's deallocator.  They are
   collected in *FREES.  */
static const char *
escape_check_frees (struct escape_graph *g, int obj,
		    const struct escape_alloc_info *info, vec<gimple *> *frees)
{
  for (unsigned i = 0; i < g->free_nodes.length (); i++)
    {
      int node = g->free_nodes[i];
      if (node == ESCAPE_NO_VALUE || !bitmap_bit_p (g->nodes[node].pts, obj))
	continue;
      gimple *stmt = g->free_stmts[i];
      if (!escape_alloc_frees_site (stmt, g->objects[obj].allocator, info)
	  || !escape_points_only_to (g, node, obj))
	return "freed-elsewhere";
      /* A free that may jump elsewhere (setjmp) cannot be put under a
	 condition.  */
      if (stmt_ends_bb_p (stmt))
	return "may-throw";
      frees->safe_push (stmt);
    }
  return NULL;
}

/* Index of STMT in its block, counting from 0.  */
static int
escape_stmt_index (gimple *stmt)
{
  int i = 0;
  for (gimple_stmt_iterator si = gsi_start_bb (gimple_bb (stmt));
       !gsi_end_p (si); gsi_next (&si), i++)
    if (gsi_stmt (si) == stmt)
      return i;
  return -1;
}

/* Is there a free in FREES in block BB at an index in [FROM, TO)?  */
static bool
escape_block_frees (basic_block bb, const vec<gimple *> &frees, int from,
		    int to)
{
  for (unsigned i = 0; i < frees.length (); i++)
    if (gimple_bb (frees[i]) == bb)
      {
	int at = escape_stmt_index (frees[i]);
	if (at >= from && at < to)
	  return true;
      }
  return false;
}

/* Does FREE_STMT free the value ALLOC returned in this very execution:
   its argument is ALLOC's result, through copies and conversions, but no
   PHI (a PHI at a loop's head may bring the block of the iteration
   before: `free (prev); prev = cur;`)?  */
static bool
escape_frees_this_value (gimple *free_stmt, gimple *alloc)
{
  tree lhs = gimple_call_lhs (alloc);
  int i = escape_alloc_freed_arg (free_stmt);
  if (!lhs || TREE_CODE (lhs) != SSA_NAME || i == ESCAPE_NO_ARG)
    return false;
  tree arg = gimple_call_arg (free_stmt, i);
  /* Bounded by the number of SSA names: each step goes to a definition
     that dominates the last.  */
  for (unsigned steps = 0; steps < num_ssa_names; steps++)
    {
      if (arg == lhs)
	return true;
      if (TREE_CODE (arg) != SSA_NAME)
	return false;
      gimple *def = SSA_NAME_DEF_STMT (arg);
      if (!is_gimple_assign (def)
	  || (gimple_assign_rhs_code (def) != SSA_NAME
	      && !CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))))
	return false;
      arg = gimple_assign_rhs1 (def);
    }
  return false;
}

/* Can control get from allocation ALLOC back to it without passing one
   of FREES?  Then two objects of the site could be live at once.  A
   forward walk over the CFG from the allocation, stopping at frees.  */
static bool
escape_live_across_iterations (function *fun, gimple *alloc,
			       const vec<gimple *> &frees)
{
  basic_block home = gimple_bb (alloc);
  int at = escape_stmt_index (alloc);
  if (escape_block_frees (home, frees, at + 1, INT_MAX))
    return false;
  auto_bitmap seen;
  vec<basic_block> work = vNULL;
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, home->succs)
    work.safe_push (e->dest);
  bool again = false;
  while (!work.is_empty () && !again)
    {
      basic_block bb = work.pop ();
      if (bb == EXIT_BLOCK_PTR_FOR_FN (fun) || !bitmap_set_bit (seen, bb->index))
	continue;
      if (bb == home)
	{
	  again = !escape_block_frees (home, frees, 0, at);
	  continue;
	}
      if (escape_block_frees (bb, frees, 0, INT_MAX))
	continue;
      FOR_EACH_EDGE (e, ei, bb->succs)
	work.safe_push (e->dest);
    }
  work.release ();
  return again;
}

/* Did the user leave OBJ's site alone (promote-skip, promote-only)?  */
static bool
escape_site_skipped (const escape_object *o)
{
  expanded_location x = expand_location (gimple_location (o->alloc));
  if (escape_opts.promote_skip
      && escape_site_listed (escape_opts.promote_skip, x.file, x.line))
    return true;
  return escape_opts.promote_only
	 && !escape_site_listed (escape_opts.promote_only, x.file, x.line);
}

/* Can the promoted site CALL (classified as INFO) write its buffer's
   size to the allocator's out-parameter: is it an address, or null?  */
static bool
escape_usable_arg_ok (gcall *call, const struct escape_alloc_info *info)
{
  if (info->usable_arg == ESCAPE_NO_ARG)
    return true;
  if (info->usable_arg >= (int) gimple_call_num_args (call))
    return false;
  tree arg = gimple_call_arg (call, info->usable_arg);
  if (integer_zerop (arg))
    return true;
  return TREE_CODE (arg) == ADDR_EXPR && POINTER_TYPE_P (TREE_TYPE (arg))
	 && INTEGRAL_TYPE_P (TREE_TYPE (TREE_TYPE (arg)));
}

/* Why candidate OBJ of G cannot be promoted, or NULL; fills its size,
   alignment and fallback.  */
static const char *
escape_promote_refusal (struct escape_graph *g, int obj,
			const struct escape_alloc_info *info)
{
  escape_object *o = &g->objects[obj];
  if (o->escapes)
    return "escapes";
  if (o->resized)
    return "realloc";
  if (escape_site_skipped (o))
    return "skipped";
  if (!escape_usable_arg_ok (as_a <gcall *> (o->alloc), info))
    return "out-param";
  const char *why = escape_alloc_size (o, info, &o->promote_size,
				       &o->promote_align);
  if (why)
    return why;
  if (o->promote_size == 0)
    {
      o->promote_fallback = true;
      o->promote_size = escape_opts.promote_limit;
    }
  if (o->promote_fallback && !escape_opts.promote_recursive
      && escape_is_recursive (g->fun->decl))
    return "recursive";
  vec<gimple *> frees = vNULL;
  why = escape_check_frees (g, obj, info, &frees);
  if (!why && (escape_alloc_may_throw (g->fun, o->alloc)
	       || stmt_ends_bb_p (o->alloc)))
    why = "may-throw";
  /* Only a free of this execution's block ends its life on a path.  */
  unsigned kept = 0;
  for (unsigned i = 0; i < frees.length (); i++)
    if (escape_frees_this_value (frees[i], o->alloc))
      frees[kept++] = frees[i];
  frees.truncate (kept);
  if (!why && escape_live_across_iterations (g->fun, o->alloc, frees))
    why = "live-across-iterations";
  frees.release ();
  return why;
}

/* Keep the buffers of the promoted sites in G within promote-budget:
   constant sites first, then the fallback buffers, each in the order of
   the sites.  */
static void
escape_promote_budget (struct escape_graph *g)
{
  unsigned HOST_WIDE_INT used = 0;
  for (int fallback = 0; fallback <= 1; fallback++)
    for (unsigned i = 0; i < g->objects.length (); i++)
      {
	escape_object *o = &g->objects[i];
	if (!o->promoted || o->promote_fallback != (fallback == 1))
	  continue;
	if (o->promote_size > escape_opts.promote_budget - used
	    || used > escape_opts.promote_budget)
	  {
	    o->promoted = false;
	    o->not_promoted = "stack-budget";
	    continue;
	  }
	used += o->promote_size;
      }
}

/* Why heap object O, which promotion may not replace, is not
   promoted.  */
static const char *
escape_not_candidate_reason (const escape_object *o)
{
  if (o->escapes)
    return "escapes";
  if (!escape_opts.promote)
    return "promote-off";
  struct escape_alloc_info info;
  if (o->alloc && o->allocator
      && escape_alloc_classify (as_a <gcall *> (o->alloc), o->allocator,
				&info)
      && info.refusal)
    return info.refusal;
  return "unsupported-allocator";
}

/* Decide for every candidate: fill promoted / not_promoted.  Every heap
   site that is not promoted says why; with promotion off, only the
   sites that do not escape do ("promote-off").  */
void
escape_promote_decide (struct escape_graph *g)
{
  for (unsigned i = 0; i < g->objects.length (); i++)
    {
      escape_object *o = &g->objects[i];
      struct escape_alloc_info info;
      if (o->kind != ESCAPE_OBJ_HEAP)
	continue;
      if (!escape_opts.promote || !escape_promote_candidate (o, &info))
	{
	  if (escape_opts.promote || !o->escapes)
	    o->not_promoted = escape_not_candidate_reason (o);
	  continue;
	}
      o->promote_candidate = true;
      o->not_promoted = escape_promote_refusal (g, (int) i, &info);
      o->promoted = o->not_promoted == NULL;
    }
  if (escape_opts.promote)
    escape_promote_budget (g);
}
