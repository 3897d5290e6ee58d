/* promote/rewrite.c - carry out the promotions that
 * promote/decide.c decided.
 *
 * A site of constant size: the call becomes the address of a fresh
 * local array, aligned at least
 * like malloc's memory (alignof (max_align_t)) or as aligned_alloc
 * asked; a zeroing allocator's array is zeroed; its frees are deleted.
 * A site of variable size gets an array of the limit and a run-time
 * choice (promote/fallback.c).
 * Virtual SSA operands are then renamed by GCC
 * (TODO_update_ssa_only_virtuals).  */

#include "promote/promote.h"
#include "knowledge/alloc.h"
#include "promote/fallback.h"
#include "tree-into-ssa.h"
#include "stor-layout.h"
#include "fold-const.h"

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

/* The frees of object OBJ: deleted, or for a fallback site put under
   the condition that they do not receive the buffer VAR.  */
static void
escape_promote_frees (struct escape_graph *g, int obj, tree var)
{
  const escape_object *o = &g->objects[obj];
  for (unsigned i = 0; i < g->free_nodes.length (); i++)
    {
      int node = g->free_nodes[i];
      gimple *f = g->free_stmts[i];
      if (node == ESCAPE_NO_VALUE || !f || !gimple_bb (f)
	  || !bitmap_bit_p (g->nodes[node].pts, obj)
	  || !escape_alloc_is_free (f))
	continue;
      if (o->promote_fallback)
	escape_promote_fallback_free (f, escape_alloc_freed_arg (f), var);
      else
	escape_replace_call (f, NULL);
      g->free_stmts[i] = NULL;
    }
}

/* A site of constant size: the call becomes &VAR.  */
static void
escape_promote_constant (const escape_object *o, tree var)
{
  gimple *call = o->alloc;
  tree lhs = gimple_call_lhs (call);
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  struct escape_alloc_info info;
  escape_alloc_classify (as_a <gcall *> (call), o->allocator, &info);
  if (info.zeroes)
    {
      /* calloc's memory is zeroed: var = {}.  */
      gimple *zero = gimple_build_assign (var, build_constructor (TREE_TYPE (var),
								   NULL));
      ESCAPE_SET_NEW_STMT_LOCATION (zero, gimple_location (call));
      gsi_insert_before (&gsi, zero, GSI_SAME_STMT);
    }
  escape_promote_write_usable (&gsi, as_a <gcall *> (call), &info,
			       o->promote_size);
  gimple *addr = NULL;
  if (lhs)
    addr = gimple_build_assign (lhs, fold_convert (TREE_TYPE (lhs),
						   build_fold_addr_expr (var)));
  escape_replace_call (call, addr);
}

static void
escape_promote_one (struct escape_graph *g, int obj)
{
  const escape_object *o = &g->objects[obj];
  tree var = escape_stack_array (o);
  /* The frees first: deleting them names the object through the call.  */
  escape_promote_frees (g, obj, var);
  if (o->promote_fallback)
    escape_promote_fallback_site (as_a <gcall *> (o->alloc), o->allocator,
				  var, o->promote_size);
  else
    escape_promote_constant (o, var);
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
  escape_promote_fallback_finish (g->fun);
  mark_virtual_operands_for_renaming (g->fun);
  return TODO_update_ssa_only_virtuals;
}
