/* lower/call.c - lowering of calls into the escape graph.
 *
 * In order of preference a call is understood through:
 *   1. the allocator family (knowledge/alloc.c): malloc, calloc, realloc,
 *      aligned_alloc, memalign, posix_memalign, strdup, strndup and every
 *      function with __attribute__((malloc)): each call site is a new
 *      heap object; alloca and VLAs are frame memory;
 *   2. built-ins with a known meaning: free, memcpy and friends, va_*;
 *   3. the thread starters of the C library table (pthread_create,
 *      thrd_create): their argument escapes to a thread;
 *   4. the summary of a function defined earlier in this translation
 *      unit, or the function itself (lower/callee.c);
 *   5. the rest of the C library table (knowledge/libc.c);
 *   6. GCC's own EAF flags (gimple_call_arg_flags), from built-in fnspecs,
 *      and const/pure attributes;
 *   7. otherwise the call is unknown: every argument escapes and the
 *      result points anywhere.  Calls through pointers are unknown.  */

#include "lower/call.h"
#include "lower/callee.h"
#include "lower/operands.h"
#include "knowledge/alloc.h"
#include "knowledge/libc.h"
#include "graph/summary.h"
#include "frontend/attribute.h"

/* --- allocation and built-ins ---------------------------------------- */

static int
escape_new_heap_object (struct escape_graph *g, gcall *call, tree fndecl)
{
  int obj = escape_new_object (g, ESCAPE_OBJ_HEAP);
  g->objects[obj].alloc = call;
  g->objects[obj].allocator = fndecl;
  g->objects[obj].reported = true;
  return obj;
}

/* alloca and VLAs: frame memory, a VLA's storage named after the array.
   Reported like a local.  */
static void
escape_call_frame_alloc (struct escape_graph *g, gcall *call, tree fndecl)
{
  int obj = escape_new_heap_object (g, call, fndecl);
  g->objects[obj].kind = ESCAPE_OBJ_STACK;
  tree lhs = gimple_call_lhs (call);
  tree var = lhs && TREE_CODE (lhs) == SSA_NAME ? SSA_NAME_VAR (lhs) : lhs;
  if (var && DECL_P (var))
    g->objects[obj].decl = escape_value_expr_owner (g->fun, var, NULL_TREE);
  escape_call_result (g, call, escape_address_node (g, obj));
}

/* Every argument of CALL to FNDECL escapes to the call.  */
static void
escape_call_args_escape (struct escape_graph *g, gcall *call, tree fndecl)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    escape_add_event (g, ESCAPE_REASON_CALL, escape_arg_node (g, call, i),
		      call, fndecl);
}

/* A call to an allocator of the family (knowledge/alloc.c): a new heap
   object, and what the allocator does with its arguments.  */
static void
escape_call_allocator (struct escape_graph *g, gcall *call, tree fndecl,
		       const struct escape_alloc_info *info)
{
  int heap = escape_new_heap_object (g, call, fndecl);
  int addr = escape_address_node (g, heap);
  if (info->out_arg != ESCAPE_NO_ARG)
    {
      /* posix_memalign (&p, align, size): the object is written to *p.  */
      escape_add_store (g, escape_arg_node (g, call, info->out_arg), addr,
			call);
      return;
    }
  escape_call_result (g, call, addr);
  if (info->old_arg != ESCAPE_NO_ARG)
    {
      /* The old block's contents move to the new one, which may also be
	 the old block itself.  */
      int old = escape_arg_node (g, call, info->old_arg);
      if (old != ESCAPE_NO_VALUE)
	{
	  g->realloc_nodes.safe_push (old);
	  escape_add_load (g, old, g->objects[heap].content, call);
	  escape_call_result (g, call, old);
	}
      return;
    }
  if (info->builtin || !gimple_has_body_p (fndecl))
    {
      /* Known allocators only read their arguments (sizes, strings);
	 an unknown one with the malloc attribute keeps nothing we know
	 of, but its pointer arguments are treated as escaping.  */
      if (!info->builtin)
	escape_call_args_escape (g, call, fndecl);
      return;
    }
  tree target;
  struct escape_summary *s = escape_callee_summary (fndecl, &target);
  if (s)
    escape_apply_summary (g, call, target, s, false);
  else
    escape_call_args_escape (g, call, fndecl);
}

/* Does argument SRC_ARG of CALL point to bytes (char, signed or
   unsigned char) in the source's own types?  */
static bool
escape_arg_points_to_bytes (gcall *call, unsigned src_arg)
{
  if (src_arg >= gimple_call_num_args (call))
    return false;
  tree type = TREE_TYPE (gimple_call_arg (call, src_arg));
  if (!POINTER_TYPE_P (type))
    return false;
  tree to = TREE_TYPE (type);
  return INTEGRAL_TYPE_P (to) && TYPE_PRECISION (to) == CHAR_TYPE_SIZE;
}

/* *DST gets *SRC, as memcpy does; the result is DST.  In field mode (the
   hazard question only), a copy from bytes, or of a string, carries no
   address: `memcpy (grown, p->zBuf, n)` copies the text of a buffer that
   p->zBuf may point into inside *p, not the struct's pointers.  */
static void
escape_call_copy (struct escape_graph *g, gcall *call, unsigned dst_arg,
		  unsigned src_arg, bool strings)
{
  int dst = escape_arg_node (g, call, dst_arg);
  if (!g->fields || (!strings && !escape_arg_points_to_bytes (call, src_arg)))
    {
      int src = escape_arg_node (g, call, src_arg);
      int tmp = escape_deref_node (g, src, 1, call);
      escape_add_store (g, dst, tmp, call);
    }
  escape_call_result (g, call, dst);
}

static bool
escape_call_builtin (struct escape_graph *g, gcall *call, tree fndecl)
{
  if (!escape_call_is_builtin (call))
    return false;
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_MEMCPY:
    case BUILT_IN_MEMMOVE:
    case BUILT_IN_MEMPCPY:
    case BUILT_IN_MEMCPY_CHK:
    case BUILT_IN_MEMMOVE_CHK:
    case BUILT_IN_MEMPCPY_CHK:
      escape_call_copy (g, call, 0, 1, false);
      return true;
    case BUILT_IN_STRCPY:
    case BUILT_IN_STRNCPY:
    case BUILT_IN_STPCPY:
    case BUILT_IN_STPNCPY:
    case BUILT_IN_STRCAT:
    case BUILT_IN_STRNCAT:
    case BUILT_IN_STRCPY_CHK:
    case BUILT_IN_STRNCPY_CHK:
    case BUILT_IN_STRCAT_CHK:
      escape_call_copy (g, call, 0, 1, true);
      return true;
    case BUILT_IN_BCOPY:
      escape_call_copy (g, call, 1, 0, false);
      return true;
    case BUILT_IN_MEMSET:
    case BUILT_IN_MEMSET_CHK:
      escape_call_result (g, call, escape_arg_node (g, call, 0));
      return true;
    case BUILT_IN_BZERO:
    case BUILT_IN_VA_END:
    case BUILT_IN_STACK_SAVE:
    case BUILT_IN_STACK_RESTORE:
    case BUILT_IN_PREFETCH:
      return true;
    case BUILT_IN_VA_START:
      /* The va_list now points into the caller's argument area.  */
      escape_add_store (g, escape_arg_node (g, call, 0), g->global_addr,
			call);
      return true;
    case BUILT_IN_VA_COPY:
      escape_call_copy (g, call, 0, 1, false);
      return true;
    default:
      return false;
    }
}

/* pthread_create (thread, attr, start, arg) and C11's thrd_create
   (thread, start, arg): the argument E->arg is handed to another
   thread; clone (fn, stack, flags, arg, ...) with CLONE_VM: the stack
   and the argument.  A call with too few arguments is left to GCC's
   flags.  */
static bool
escape_call_thread (struct escape_graph *g, gcall *call, tree fndecl,
		    const struct escape_libc_entry *e)
{
  if (gimple_call_num_args (call) <= e->arg)
    return false;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      int node = escape_arg_node (g, call, i);
      bool known;
      if (e->kind == ESCAPE_LIBC_CLONE
	  ? escape_clone_hands (call, e, i, &known) : i == e->arg)
	escape_add_event (g, ESCAPE_REASON_THREAD, node, call, fndecl);
      else if (i == 0)
	continue;	/* the thread id is written, not kept; clone's
			   function is a function */
      else
	escape_add_event (g, ESCAPE_REASON_CALL, node, call, fndecl);
    }
  escape_call_result (g, call, ESCAPE_NO_VALUE);
  return true;
}

/* --- the libc table and GCC's flags ---------------------------------- */

/* Does comparator ARG (a function address) keep or free its pointer
   arguments?  Unknown comparators are assumed to.  */
static bool
escape_callback_is_safe (tree arg, bool *writes)
{
  *writes = true;
  if (TREE_CODE (arg) != ADDR_EXPR
      || TREE_CODE (TREE_OPERAND (arg, 0)) != FUNCTION_DECL)
    return false;
  tree target;
  struct escape_summary *s
    = escape_callee_summary (TREE_OPERAND (arg, 0), &target);
  if (!s)
    return false;
  *writes = false;
  for (int i = 0; i < s->nparams; i++)
    {
      const struct escape_param_summary *p = &s->params[i];
      if (p->leak_heap || p->leak_content || p->freed_levels)
	return false;
      if (p->written)
	*writes = true;
    }
  return true;
}

static bool
escape_call_libc (struct escape_graph *g, gcall *call, tree fndecl,
		  const struct escape_libc_entry *e)
{
  unsigned n = gimple_call_num_args (call);
  int result = escape_result_may_be_pointer (call) ? escape_new_node (g)
	       : ESCAPE_NO_VALUE;
  bool callback_ok = true, callback_writes = false;
  unsigned callback = e->arg;
  if ((e->kind == ESCAPE_LIBC_QSORT || e->kind == ESCAPE_LIBC_BSEARCH)
      && n > callback)
    callback_ok = escape_callback_is_safe (gimple_call_arg (call, callback),
					   &callback_writes);
  for (unsigned i = 0; i < n; i++)
    {
      int node = escape_arg_node (g, call, i);
      if (node == ESCAPE_NO_VALUE)
	continue;
      if (result != ESCAPE_NO_VALUE)
	escape_add_copy (g, node, result, call);
      if (e->kind == ESCAPE_LIBC_WRITES)
	escape_add_store (g, node, g->global_addr, call);
      if (e->kind == ESCAPE_LIBC_STRTO && i == 1)
	escape_add_store (g, node, escape_arg_node (g, call, 0), call);
      bool sorted = (e->kind == ESCAPE_LIBC_QSORT && i == 0)
		    || (e->kind == ESCAPE_LIBC_BSEARCH && (i == 0 || i == 1));
      if (sorted && !callback_ok)
	escape_add_event (g, ESCAPE_REASON_CALL, node, call, fndecl);
      else if (sorted && callback_writes)
	escape_add_store (g, node, g->global_addr, call);
    }
  if (result != ESCAPE_NO_VALUE)
    {
      escape_add_copy (g, g->global_addr, result, call);
      escape_call_result (g, call, result);
    }
  /* The table's functions keep nothing, unless a comparator may.  */
  return callback_ok;
}

/* strstr, strchr, memchr and the like: they only read their arguments,
   and their result (or NULL) points into argument E->arg, no other.  */
static void
escape_call_search (struct escape_graph *g, gcall *call,
		    const struct escape_libc_entry *e)
{
  if (escape_result_may_be_pointer (call))
    escape_call_result (g, call, escape_arg_node (g, call, e->arg));
}

/* Use GCC's EAF flags for each argument; const and pure functions keep
   nothing but may return what their arguments reach.  */
static void
escape_call_flags (struct escape_graph *g, gcall *call, tree fndecl)
{
  int ecf = gimple_call_flags (call);
  bool no_side_effects = (ecf & (ECF_CONST | ECF_PURE)) != 0;
  bool pointer_result = escape_result_may_be_pointer (call);
  int result = pointer_result ? escape_new_node (g) : ESCAPE_NO_VALUE;
  int returns_arg = -1;
  int rf = gimple_call_return_flags (call);
  if (rf & ERF_RETURNS_ARG)
    returns_arg = rf & ERF_RETURN_ARG_MASK;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      int node = escape_arg_node (g, call, i);
      if (node == ESCAPE_NO_VALUE)
	continue;
      int flags = gimple_call_arg_flags (call, i);
      /* A noescape parameter is not kept, not returned, not freed
	 (frontend/attribute.c); what it points to may still escape.  */
      bool noescape = escape_param_noescape (fndecl, i)
		      || escape_fntype_param_noescape (gimple_call_fntype (call),
						       i);
      if (no_side_effects)
	{
	  if (result != ESCAPE_NO_VALUE)
	    escape_add_copy (g, escape_reachable_node (g, node, call),
			     result, call);
	  continue;
	}
      bool kept = !noescape && !ESCAPE_EAF_NO_DIRECT_ESCAPE (flags);
      bool content_kept = kept || !ESCAPE_EAF_NO_INDIRECT_ESCAPE (flags);
      if (kept)
	escape_add_call_event (g, node, call, fndecl, false, (int) i, 0);
      else if (content_kept)
	escape_add_call_event (g, escape_deref_node (g, node, 1, call), call,
			       fndecl, false, (int) i, 1);
      if (!ESCAPE_EAF_NO_CLOBBER (flags))
	escape_add_store (g, node, g->global_addr, call);
      if (result == ESCAPE_NO_VALUE)
	continue;
      /* What the callee may return.  An argument it keeps has escaped
	 already and is part of GLOBAL, which the result points to: adding
	 it again would turn "passed to 'f'" into a false "returned".  */
      if ((int) i == returns_arg
	  || (!kept && !noescape && !ESCAPE_EAF_NOT_RETURNED (flags)))
	escape_add_copy (g, node, result, call);
      if (!content_kept && !ESCAPE_EAF_NOT_RETURNED_CONTENT (flags))
	escape_add_copy (g, escape_deref_node (g, node, 1, call), result,
			 call);
    }
  escape_static_chain (g, call, fndecl);
  if (result != ESCAPE_NO_VALUE)
    {
      if (returns_arg < 0)
	escape_add_copy (g, g->global_addr, result, call);
      escape_call_result (g, call, result);
    }
}

/* --- internal functions ---------------------------------------------- */

static bool
escape_call_internal (struct escape_graph *g, gcall *call)
{
  switch (gimple_call_internal_fn (call))
    {
    ESCAPE_CASE_IFN_DEFERRED_INIT
    case IFN_ASAN_MARK:
    case IFN_UBSAN_NULL:
    case IFN_UBSAN_BOUNDS:
    case IFN_UBSAN_OBJECT_SIZE:
    case IFN_UBSAN_PTR:
    case IFN_UBSAN_VPTR:
      /* Checks and initialisation: they keep no pointer.  */
      return true;
    case IFN_VA_ARG:
      /* Reads the next argument: the caller's memory, nothing kept.  */
      escape_call_result (g, call, g->global_addr);
      return true;
    case IFN_BUILTIN_EXPECT:
      escape_call_result (g, call, escape_arg_node (g, call, 0));
      return true;
    default:
      escape_call_unknown (g, call, NULL_TREE);
      return false;
    }
}

/* --- entry ------------------------------------------------------------ */

/* Are CALL's effects known to keep nothing it reads, by GCC's flags:
   const or pure, or every argument neither kept indirectly nor written?  */
static bool
escape_flags_are_transparent (gcall *call)
{
  if (gimple_call_chain (call))
    return false;
  if (gimple_call_flags (call) & (ECF_CONST | ECF_PURE))
    return true;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      int flags = gimple_call_arg_flags (call, i);
      if (!ESCAPE_EAF_NO_INDIRECT_ESCAPE (flags)
	  || !ESCAPE_EAF_NO_CLOBBER (flags))
	return false;
    }
  return true;
}

/* A deallocator other than free (named by allocator=, or by GCC's
   malloc (FREE) attribute): the block of argument FREED ends there, but
   what it points to and every other argument go to a function whose
   body the plugin does not read, as at an unknown call.  */
static void
escape_call_foreign_free (struct escape_graph *g, gcall *call, tree fndecl,
			  int freed)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      int node = escape_arg_node (g, call, i);
      if (node == ESCAPE_NO_VALUE)
	continue;
      if ((int) i == freed)
	{
	  escape_add_call_event (g, escape_deref_node (g, node, 1, call), call,
				 fndecl, false, (int) i, 1);
	  continue;
	}
      escape_add_call_event (g, node, call, fndecl, false, (int) i, 0);
      escape_add_store (g, node, g->global_addr, call);
    }
  escape_static_chain (g, call, fndecl);
  if (escape_result_may_be_pointer (call))
    escape_call_result (g, call, g->global_addr);
}

/* Lower CALL; return whether it keeps nothing it reads (transparent).  */
static bool
escape_lower_call (struct escape_graph *g, gcall *call)
{
  if (gimple_call_internal_p (call))
    return escape_call_internal (g, call);
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl)
    {
      /* Through a function pointer whose type marks a parameter
	 noescape: GCC's flags, with the mark; otherwise unknown.  */
      if (escape_fntype_has_noescape (gimple_call_fntype (call)))
	{
	  escape_call_flags (g, call, NULL_TREE);
	  return escape_flags_are_transparent (call);
	}
      escape_call_unknown (g, call, NULL_TREE);
      return false;
    }
  struct escape_alloc_info info;
  if (escape_alloc_classify (call, fndecl, &info))
    {
      if (info.kind == ESCAPE_ALLOC_FRAME)
	escape_call_frame_alloc (g, call, fndecl);
      else
	escape_call_allocator (g, call, fndecl, &info);
      return info.builtin;
    }
  int freed = escape_alloc_freed_arg (call);
  if (freed != ESCAPE_NO_ARG)
    {
      g->free_nodes.safe_push (escape_arg_node (g, call, freed));
      g->free_stmts.safe_push (call);
      if (gimple_call_builtin_p (call, BUILT_IN_FREE))
	return true;
      escape_call_foreign_free (g, call, fndecl, freed);
      return false;
    }
  if (escape_call_builtin (g, call, fndecl))
    return true;
  const struct escape_libc_entry *e = escape_libc_lookup (fndecl);
  if (e && (e->kind == ESCAPE_LIBC_THREAD || e->kind == ESCAPE_LIBC_CLONE)
      && escape_call_thread (g, call, fndecl, e))
    return false;
  tree target = NULL_TREE;
  struct escape_summary *s = escape_callee_summary (fndecl, &target);
  if (target == g->fun->decl)
    {
      escape_call_self (g, call);
      return false;
    }
  if (s)
    {
      escape_apply_summary (g, call, target, s, true);
      return escape_summary_is_transparent (call, s);
    }
  if (e && e->kind == ESCAPE_LIBC_SEARCH)
    {
      escape_call_search (g, call, e);
      return true;
    }
  if (e && e->kind != ESCAPE_LIBC_THREAD && e->kind != ESCAPE_LIBC_CLONE)
    return escape_call_libc (g, call, fndecl, e);
  escape_call_flags (g, call, fndecl);
  return escape_flags_are_transparent (call);
}

void
escape_build_call (struct escape_graph *g, gcall *call)
{
  if (escape_lower_call (g, call))
    escape_mark_transparent (g, call);
}
