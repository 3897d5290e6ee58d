/* solve/undo.c - may a statement undo an address kept in a location?
 * The question the definite class asks of every statement after the
 * step that put the address there (solve/definite.c).
 *
 * A location is memory that outlives the frame: a global variable, or
 * memory reached from a parameter or a global.  A statement may undo
 * what it holds when it may write there: a store that may overlap it
 * (the points-to sets and GCC's refs_may_alias_p), inline asm, or a
 * call that may write there: a same-file callee by its may-write
 * summary (the globals it writes by name, global memory at large, each
 * parameter's memory by level), the C library table, GCC's own alias
 * oracle for its built-ins, and a call to code nothing is known of (a
 * function of another file, a call through a pointer) by what it can
 * reach.  Calls that write no memory (const, pure) undo nothing.
 *
 * What code nothing is known of can reach is the definite class's
 * assumption (docs/analysis.md), the one under-approximate bug finders
 * make (Infer's Pulse havocs what a call's arguments reach): memory
 * reachable from its arguments, at every level; the globals it can
 * name, every global that is not static, and a static one only once
 * its address is taken, with what they point to; and memory this
 * function has published, that is, made reachable from global memory
 * or handed to such code (anywhere in the function).  The caller's
 * memory, reached through a parameter, is reachable only through what
 * the call is handed or what was published.  */

#include "solve/undo.h"
#include "solve/outlives.h"
#include "solve/location.h"
#include "knowledge/libc.h"
#include "lower/callee.h"

void
escape_location_init (struct escape_graph *g, struct escape_location *loc)
{
  memset (loc, 0, sizeof *loc);
  loc->objs = BITMAP_ALLOC (&g->bitmaps);
  loc->reach = BITMAP_ALLOC (&g->bitmaps);
}

/* LOC lies in global GLOBAL or below it, or, when GLOBAL is NULL, in
   memory of the caller (through a parameter), the result, or the
   frame.  */
void
escape_location_root (struct escape_location *loc, tree global)
{
  loc->rooted = true;
  loc->root_global = global;
}

/* Does any object of OBJS lie in memory the function does not own?  */
static bool
escape_objects_external (struct escape_graph *g, bitmap objs)
{
  bitmap_iterator bi;
  unsigned x;
  EXECUTE_IF_SET_IN_BITMAP (objs, 0, x, bi)
    if (escape_object_is_external (&g->objects[x]))
      return true;
  return false;
}

/* Does LOC lie in memory the function does not own, which a callee may
   reach through globals?  */
static bool
escape_location_is_external (struct escape_graph *g,
			     const struct escape_location *loc)
{
  return escape_objects_external (g, loc->objs);
}

/* The objects through which a pointer may reach LOC: its own, and when
   it lies in memory the function does not own, all such memory (a
   parameter may point to a global, or where another parameter points).
   Made once per location, when first asked.  */
static bitmap
escape_location_reach (struct escape_graph *g,
		       const struct escape_location *loc)
{
  if (!bitmap_empty_p (loc->reach))
    return loc->reach;
  bitmap_copy (loc->reach, loc->objs);
  if (escape_objects_external (g, loc->objs))
    for (unsigned i = 0; i < g->objects.length (); i++)
      if (escape_object_is_external (&g->objects[i]))
	bitmap_set_bit (loc->reach, i);
  return loc->reach;
}

/* Is ARG the address of something in GLOBAL (or, for a NULL GLOBAL,
   of nothing)?  */
static bool
escape_arg_is_address_of (tree arg, tree global)
{
  if (!global || TREE_CODE (arg) != ADDR_EXPR)
    return false;
  return get_base_address (TREE_OPERAND (arg, 0)) == global;
}

/* May argument ARG reach LOC at level FROM or deeper?  `&g` of a
   global reaches the global itself at level 1 (globals are all the one
   GLOBAL object, which escape_arg_may_reach does not start from).  */
static bool
escape_arg_reaches (struct escape_graph *g, tree arg,
		    const struct escape_location *loc, int from)
{
  if (TREE_CODE (arg) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (arg, 0));
      if (base && VAR_P (base) && is_global_var (base))
	return from <= 1 ? (loc->global == base
			    || (!loc->global
				&& escape_location_is_external (g, loc)))
	       : escape_location_is_external (g, loc);
    }
  return escape_arg_may_reach (g, arg, escape_location_reach (g, loc), from);
}

/* May a pointer argument of CALL reach LOC at level FROM or deeper?  */
static bool
escape_args_may_reach (struct escape_graph *g, gcall *call,
		       const struct escape_location *loc, int from)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree arg = gimple_call_arg (call, i);
      if (POINTER_TYPE_P (TREE_TYPE (arg))
	  && escape_arg_reaches (g, arg, loc, from))
	return true;
    }
  return false;
}

/* The objects of the function that code nothing is known of may reach:
   what global memory holds, and what escapes other than by being
   returned (handed to a call that keeps it, a thread, asm, an integer),
   with everything they reach.  Made once per graph.  */
static bitmap
escape_published_objects (struct escape_graph *g)
{
  if (g->published)
    return g->published;
  g->published = BITMAP_ALLOC (&g->bitmaps);
  auto_bitmap from;
  bitmap_copy (from, g->nodes[g->objects[g->global_obj].all].pts);
  for (unsigned i = 0; i < g->events.length (); i++)
    {
      const escape_event *e = &g->events[i];
      if (e->reason != ESCAPE_REASON_RETURNED && e->node != ESCAPE_NO_VALUE)
	bitmap_ior_into (from, g->nodes[e->node].pts);
    }
  escape_objects_reachable (g, from, g->published);
  return g->published;
}

/* Can code nothing is known of name global DECL: it is not static, or
   its address is taken?  */
static bool
escape_global_exposed (tree decl)
{
  return TREE_PUBLIC (decl) || DECL_EXTERNAL (decl) || TREE_ADDRESSABLE (decl);
}

/* May code nothing is known of reach LOC other than through the
   arguments it is handed: a global it can name or what lies below it,
   or memory this function published (for the caller's memory, any
   parameter's: two parameters may point to the same memory)?  A
   location whose root is not known is reachable.  */
static bool
escape_location_published (struct escape_graph *g,
			   const struct escape_location *loc)
{
  if (!loc->rooted || loc->any_global)
    return true;
  if (loc->root_global)
    return escape_global_exposed (loc->root_global);
  bitmap published = escape_published_objects (g);
  if (bitmap_intersect_p (published, loc->objs))
    return true;
  if (!escape_location_is_external (g, loc))
    return false;
  bitmap_iterator bi;
  unsigned x;
  EXECUTE_IF_SET_IN_BITMAP (published, 0, x, bi)
    if (g->objects[x].kind == ESCAPE_OBJ_PARAM)
      return true;
  return false;
}

/* Can code nothing is known of, called by CALL, reach LOC: through an
   argument (at any level), or because it can reach LOC anyway?  WHY, when
   given, gets how: the arguments that reach it, the global it may name,
   whether any write of global memory may reach it.  */
static bool
escape_unknown_reach (struct escape_graph *g, gcall *call,
		      const struct escape_location *loc,
		      struct escape_undo_call *why)
{
  struct escape_undo_call scratch;
  if (!why)
    why = &scratch;
  memset (why, 0, sizeof *why);
  bool anyway = escape_location_published (g, loc);
  if (anyway)
    {
      if (loc->global && loc->rooted && !loc->any_global)
	why->global = loc->global;
      else
	why->global_memory = true;
    }
  /* The objects through which an argument reaches LOC: its own, and for
     the caller's memory every parameter's (two may point to the same
     memory), not global memory (the caller's memory is not reachable
     from there unless published); a global itself only by its address
     (escape_arg_reaches).  */
  auto_bitmap reach;
  if (!loc->global)
    bitmap_copy (reach, loc->objs);
  if (!loc->root_global && escape_location_is_external (g, loc))
    for (unsigned i = 0; i < g->objects.length (); i++)
      if (g->objects[i].kind == ESCAPE_OBJ_PARAM)
	bitmap_set_bit (reach, i);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree arg = gimple_call_arg (call, i);
      if (escape_arg_is_address_of (arg, loc->global)
	  || escape_arg_may_reach (g, arg, reach, 1))
	{
	  if (i >= sizeof why->args * CHAR_BIT)
	    why->global_memory = true;	/* too many to tell: any write */
	  else
	    why->args |= 1u << i;
	}
    }
  return anyway || why->args;
}

/* May code nothing is known of, called by CALL, write LOC?  While a
   possible hazard is asked again for link (G->deferring), a call of a
   function of another file that may is recorded instead
   (escape_undo_call): link settles it with that function's may-write
   summary.  */
static bool
escape_unknown_may_undo (struct escape_graph *g, gcall *call,
			 const struct escape_location *loc)
{
  if (gimple_call_chain (call))
    return true;
  struct escape_undo_call why;
  if (!escape_unknown_reach (g, call, loc, &why))
    return false;
  tree fndecl = gimple_call_fndecl (call);
  if (!g->deferring || !fndecl || gimple_call_internal_p (call)
      || escape_function_defined_here (fndecl))
    return true;
  why.callee = fndecl;
  g->undo_calls.safe_push (why);
  return false;
}

/* May a same-file callee with summary S, called by CALL, write LOC?  */
static bool
escape_summary_may_undo (struct escape_graph *g, gcall *call,
			 const struct escape_summary *s,
			 const struct escape_location *loc)
{
  if ((int) gimple_call_num_args (call) > s->nparams)
    return true;
  if (loc->global && escape_summary_may_write_global (s, loc->global))
    return true;
  if (loc->any_global && (s->nglobals > 0 || s->writes_global_memory))
    return true;
  /* Memory reached through globals: below a global, or the caller's
     memory once published (or where the root is not known).  */
  if (s->writes_global_memory
      && (loc->root_global
	  || (escape_location_is_external (g, loc)
	      && escape_location_published (g, loc))))
    return true;
  if (s->calls_unknown && escape_unknown_reach (g, call, loc, NULL))
    return true;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      unsigned writes = s->params[i].writes;
      if (!writes)
	continue;
      int from = ffs ((int) writes);
      if (escape_arg_reaches (g, gimple_call_arg (call, i), loc, from))
	return true;
    }
  return false;
}

/* May the C library's function ENTRY, called by CALL, write LOC?  */
static bool
escape_libc_may_undo (struct escape_graph *g, gcall *call,
		      const struct escape_libc_entry *entry,
		      const struct escape_location *loc)
{
  switch (entry->kind)
    {
    case ESCAPE_LIBC_READS:
    case ESCAPE_LIBC_SEARCH:
      return false;
    case ESCAPE_LIBC_STRTO:
      return gimple_call_num_args (call) > 1
	     && escape_arg_reaches (g, gimple_call_arg (call, 1), loc,
				      1);
    case ESCAPE_LIBC_WRITES:
      return escape_args_may_reach (g, call, loc, 1);
    default:
      /* A comparator or a thread runs code nothing is known of.  */
      return true;
    }
}

/* May CALL write LOC?  */
static bool
escape_call_may_undo (struct escape_graph *g, gcall *call,
		      const struct escape_location *loc)
{
  if (!gimple_vdef (call))
    return false;
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl || gimple_call_internal_p (call) || gimple_call_chain (call))
    return escape_unknown_may_undo (g, call, loc);
  if (const struct escape_libc_entry *entry = escape_libc_lookup (fndecl))
    return escape_libc_may_undo (g, call, entry, loc);
  /* The end of a VLA's scope frees it: that makes a hazard, undoes
     none.  */
  if (fndecl_built_in_p (fndecl, BUILT_IN_STACK_RESTORE)
      || fndecl_built_in_p (fndecl, BUILT_IN_STACK_SAVE))
    return false;
  if (fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    {
      if (loc->ref)
	return stmt_may_clobber_ref_p (call, loc->ref);
      return escape_args_may_reach (g, call, loc, 1);
    }
  struct escape_summary *s = escape_call_summary (g, call);
  /* A function of this file without a summary (the function itself,
     one in a cycle with it, one that may be interposed) may write what
     the file's functions can name, static globals too; a function of
     another file writes what it can reach.  */
  if (!s)
    return escape_function_defined_here (fndecl)
	   || escape_unknown_may_undo (g, call, loc);
  return escape_summary_may_undo (g, call, s, loc);
}

/* Are A and B two different fields of the same struct, each at its
   own place (`p->file` and `q->inrepls`)?  Two objects of one struct
   type are the same or apart, so the fields do not overlap whatever the
   pointers (C's effective types; GCC's oracle says so only with
   -fstrict-aliasing, and -O0 and -O2 must agree).  */
static bool
escape_distinct_fields (tree a, tree b)
{
  if (TREE_CODE (a) != COMPONENT_REF || TREE_CODE (b) != COMPONENT_REF)
    return false;
  tree fa = TREE_OPERAND (a, 1), fb = TREE_OPERAND (b, 1);
  tree rec = DECL_CONTEXT (fa);
  if (fa == fb || rec != DECL_CONTEXT (fb) || TREE_CODE (rec) != RECORD_TYPE
      || DECL_BIT_FIELD (fa) || DECL_BIT_FIELD (fb)
      || !tree_fits_uhwi_p (DECL_SIZE (fa)) || !tree_fits_uhwi_p (DECL_SIZE (fb))
      || !tree_fits_uhwi_p (bit_position (fa))
      || !tree_fits_uhwi_p (bit_position (fb)))
    return false;
  unsigned HOST_WIDE_INT pa = tree_to_uhwi (bit_position (fa));
  unsigned HOST_WIDE_INT pb = tree_to_uhwi (bit_position (fb));
  return pa + tree_to_uhwi (DECL_SIZE (fa)) <= pb
	 || pb + tree_to_uhwi (DECL_SIZE (fb)) <= pa;
}

/* May STMT write what LOC holds?  */
bool
escape_may_undo (struct escape_graph *g, gimple *stmt,
		 const struct escape_location *loc)
{
  if (is_gimple_debug (stmt) || gimple_clobber_p (stmt))
    return false;
  if (gimple_code (stmt) == GIMPLE_ASM)
    return true;
  if (gcall *call = dyn_cast <gcall *> (stmt))
    return escape_call_may_undo (g, call, loc);
  if (!gimple_vdef (stmt) || !is_gimple_assign (stmt))
    return false;
  tree lhs = gimple_assign_lhs (stmt);
  if (loc->ref && escape_same_location (lhs, loc->ref))
    return true;
  auto_bitmap objs;
  if (!escape_ref_objects (g, lhs, objs))
    return true;
  /* Memory the function does not own is one: what a parameter points to
     may be a global, or what another parameter or an unknown call's
     result points to.  */
  if (!bitmap_intersect_p (objs, loc->objs)
      && !(escape_objects_external (g, objs)
	   && escape_location_is_external (g, loc)))
    return false;
  return !loc->ref || (!escape_distinct_fields (lhs, loc->ref)
		       && refs_may_alias_p (lhs, loc->ref));
}

/* The step function of a walk: a statement that may undo LOC (DATA)
   ends its path.  */
enum escape_step_effect
escape_undo_kills (struct escape_graph *g, gimple *stmt, const void *data)
{
  const struct escape_location *loc = (const struct escape_location *) data;
  return escape_may_undo (g, stmt, loc) ? ESCAPE_STEP_KILL : ESCAPE_STEP_NONE;
}

/* The step function of a walk: a statement that may undo LOC (DATA)
   ends the walk.  */
enum escape_step_effect
escape_undo_blocks (struct escape_graph *g, gimple *stmt, const void *data)
{
  const struct escape_location *loc = (const struct escape_location *) data;
  return escape_may_undo (g, stmt, loc) ? ESCAPE_STEP_BLOCK
	 : ESCAPE_STEP_NONE;
}
