/* escape-promote.c - heap-to-stack promotion (promote[=BYTES]).
 *
 * A malloc, calloc or aligned_alloc call site is promoted when all hold:
 *   - its object does not escape (escape-solve.c proved it);
 *   - its size is a compile-time constant, not zero, within the limit
 *     (calloc's n*m must not overflow);
 *   - every free that may receive it receives exactly it, so the calls
 *     can be removed, and no callee frees it ("freed-elsewhere");
 *   - nothing resizes it ("realloc");
 *   - it cannot be live twice: no path leads from the allocation back
 *     to itself without freeing the object ("live-across-iterations").
 * The call becomes the address of a fresh local array, aligned at least
 * like malloc's memory (alignof (max_align_t)) or as aligned_alloc
 * asked; calloc's array is zeroed; its frees are deleted.  Virtual SSA
 * operands are then renamed by GCC (TODO_update_ssa_only_virtuals).  */

#include "escape-graph.h"
#include "tree-into-ssa.h"
#include "tree-eh.h"
#include "stor-layout.h"
#include "fold-const.h"

/* Which allocator a candidate calls.  */
enum escape_alloc_kind
{
  ESCAPE_ALLOC_NONE,
  ESCAPE_ALLOC_MALLOC,
  ESCAPE_ALLOC_CALLOC,
  ESCAPE_ALLOC_ALIGNED
};

static enum escape_alloc_kind
escape_alloc_kind (const escape_object *o)
{
  if (o->kind != ESCAPE_OBJ_HEAP || !o->allocator
      || !gimple_call_builtin_p (o->alloc, BUILT_IN_NORMAL))
    return ESCAPE_ALLOC_NONE;
  switch (DECL_FUNCTION_CODE (o->allocator))
    {
    case BUILT_IN_MALLOC:
      return ESCAPE_ALLOC_MALLOC;
    case BUILT_IN_CALLOC:
      return ESCAPE_ALLOC_CALLOC;
    case BUILT_IN_ALIGNED_ALLOC:
      return ESCAPE_ALLOC_ALIGNED;
    default:
      return ESCAPE_ALLOC_NONE;
    }
}

/* The alignment of malloc's memory, in bits: alignof (max_align_t).  */
static unsigned
escape_malloc_alignment (void)
{
  unsigned align = MALLOC_ABI_ALIGNMENT;
  align = MAX (align, TYPE_ALIGN (long_double_type_node));
  align = MAX (align, TYPE_ALIGN (long_long_integer_type_node));
  align = MAX (align, TYPE_ALIGN (ptr_type_node));
  return align;
}

/* The constant size of the allocation in *SIZE and its alignment in
   bits in *ALIGN; NULL, or the reason it has none.  */
static const char *
escape_alloc_size (const escape_object *o, enum escape_alloc_kind kind,
		   unsigned HOST_WIDE_INT *size, unsigned *align)
{
  gcall *call = as_a <gcall *> (o->alloc);
  *align = escape_malloc_alignment ();
  tree a0 = gimple_call_num_args (call) > 0 ? gimple_call_arg (call, 0)
	    : NULL_TREE;
  tree a1 = gimple_call_num_args (call) > 1 ? gimple_call_arg (call, 1)
	    : NULL_TREE;
  tree bytes = kind == ESCAPE_ALLOC_ALIGNED ? a1 : a0;
  if (!bytes || !tree_fits_uhwi_p (bytes))
    return "non-constant-size";
  *size = tree_to_uhwi (bytes);
  if (kind == ESCAPE_ALLOC_CALLOC)
    {
      if (!a1 || !tree_fits_uhwi_p (a1))
	return "non-constant-size";
      unsigned HOST_WIDE_INT m = tree_to_uhwi (a1);
      if (m && *size > HOST_WIDE_INT_M1U / m)
	return "too-large";
      *size *= m;
    }
  if (kind == ESCAPE_ALLOC_ALIGNED)
    {
      if (!a0 || !tree_fits_uhwi_p (a0))
	return "non-constant-size";
      unsigned HOST_WIDE_INT want = tree_to_uhwi (a0);
      /* A bad alignment is the allocator's business: leave it alone.  */
      if (want == 0 || (want & (want - 1)) != 0 || want > 4096)
	return "bad-alignment";
      *align = MAX (*align, (unsigned) want * BITS_PER_UNIT);
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

static bool
escape_is_free_call (gimple *stmt)
{
  return is_gimple_call (stmt)
	 && gimple_call_builtin_p (stmt, BUILT_IN_FREE);
}

/* Check the frees of OBJ: each must be a direct free of exactly OBJ.
   The removable ones are collected in G's candidates.  */
static const char *
escape_check_frees (struct escape_graph *g, int obj, vec<gimple *> *frees)
{
  for (unsigned i = 0; i < g->free_nodes.length (); i++)
    {
      int node = g->free_nodes[i];
      if (node < 0 || !bitmap_bit_p (g->nodes[node].pts, obj))
	continue;
      gimple *stmt = g->free_stmts[i];
      if (!escape_is_free_call (stmt) || !escape_points_only_to (g, node, obj))
	return "freed-elsewhere";
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

/* Decide for every candidate: fill promoted / not_promoted.  */
void
escape_promote_decide (struct escape_graph *g)
{
  if (!escape_opts.promote)
    return;
  for (unsigned i = 0; i < g->objects.length (); i++)
    {
      escape_object *o = &g->objects[i];
      enum escape_alloc_kind kind = escape_alloc_kind (o);
      if (kind == ESCAPE_ALLOC_NONE)
	continue;
      o->promote_candidate = true;
      vec<gimple *> frees = vNULL;
      const char *why = NULL;
      if (o->escapes)
	why = "escapes";
      else if (o->resized)
	why = "realloc";
      if (!why)
	why = escape_alloc_size (o, kind, &o->promote_size, &o->promote_align);
      if (!why)
	why = escape_check_frees (g, (int) i, &frees);
      if (!why && stmt_could_throw_p (g->fun, o->alloc))
	why = "may-throw";
      if (!why && escape_live_across_iterations (g->fun, o->alloc, frees))
	why = "live-across-iterations";
      o->not_promoted = why;
      o->promoted = why == NULL;
      frees.release ();
    }
}

/* The local array standing in for heap object O.  */
static tree
escape_stack_array (const escape_object *o)
{
  tree type = build_array_type_nelts (char_type_node, o->promote_size);
  tree var = create_tmp_var (type, "escape_heap");
  TREE_ADDRESSABLE (var) = 1;
  SET_DECL_ALIGN (var, o->promote_align);
  DECL_USER_ALIGN (var) = 1;
  return var;
}

/* Replace STMT (a call) by NEW_STMT, or delete it when NEW_STMT is NULL.  */
static void
escape_replace_call (gimple *stmt, gimple *new_stmt)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  unlink_stmt_vdef (stmt);
  if (new_stmt)
    gsi_replace (&gsi, new_stmt, false);
  else
    {
      gsi_remove (&gsi, true);
      release_defs (stmt);
    }
}

static void
escape_promote_one (struct escape_graph *g, int obj)
{
  const escape_object *o = &g->objects[obj];
  gimple *call = o->alloc;
  tree var = escape_stack_array (o);
  tree lhs = gimple_call_lhs (call);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  if (escape_alloc_kind (o) == ESCAPE_ALLOC_CALLOC)
    {
      /* calloc's memory is zeroed: var = {}.  */
      gimple *zero = gimple_build_assign (var, build_constructor (TREE_TYPE (var),
								   NULL));
      ESCAPE_SET_NEW_STMT_LOCATION (zero, gimple_location (call));
      gsi_insert_before (&gsi, zero, GSI_SAME_STMT);
    }
  gimple *addr = NULL;
  if (lhs)
    addr = gimple_build_assign (lhs, fold_convert (TREE_TYPE (lhs),
						   build_fold_addr_expr (var)));
  /* Delete the frees first: they name the object through the call.  */
  for (unsigned i = 0; i < g->free_nodes.length (); i++)
    {
      int node = g->free_nodes[i];
      gimple *f = g->free_stmts[i];
      if (node >= 0 && f && bitmap_bit_p (g->nodes[node].pts, obj)
	  && escape_is_free_call (f) && gimple_bb (f))
	{
	  escape_replace_call (f, NULL);
	  g->free_stmts[i] = NULL;
	}
    }
  escape_replace_call (call, addr);
}

/* Carry out the promotions decided; return the TODO flags GCC needs.  */
unsigned int
escape_promote_apply (struct escape_graph *g)
{
  bool any = false;
  for (unsigned i = 0; i < g->objects.length (); i++)
    if (g->objects[i].promoted)
      {
	escape_promote_one (g, (int) i);
	any = true;
      }
  if (!any)
    return 0;
  mark_virtual_operands_for_renaming (g->fun);
  return TODO_update_ssa_only_virtuals;
}
