/* escape-calls.c - what a call does to the escape graph.
 *
 * In order of preference a call is understood through:
 *   1. the allocation functions: malloc, calloc, realloc, aligned_alloc,
 *      memalign, posix_memalign, strdup, strndup and every function with
 *      __attribute__((malloc)): each call site is a new heap object;
 *   2. built-ins with a known meaning: free, memcpy and friends, va_*,
 *      alloca, pthread_create (its argument escapes to a thread);
 *   3. the summary of a function defined earlier in this translation
 *      unit (escape-summary.c);
 *   4. the libc table below, for functions GCC knows nothing about;
 *   5. GCC's own EAF flags (gimple_call_arg_flags), from built-in fnspecs,
 *      and const/pure attributes;
 *   6. otherwise the call is unknown: every argument escapes and the
 *      result points anywhere.  Calls through pointers are unknown.  */

#include "escape-graph.h"

/* --- the libc table -------------------------------------------------- */

enum escape_libc_kind
{
  ESCAPE_LIBC_READS,	/* reads through pointer arguments, keeps none */
  ESCAPE_LIBC_WRITES,	/* also writes bytes through them */
  ESCAPE_LIBC_STRTO,	/* strtol family: *endptr = nptr + n */
  ESCAPE_LIBC_QSORT,	/* qsort (base, n, size, cmp) */
  ESCAPE_LIBC_BSEARCH	/* bsearch (key, base, n, size, cmp) */
};

struct escape_libc_entry
{
  const char *name;
  enum escape_libc_kind kind;
};

/* Functions GCC has no fnspec for that keep none of their pointer
   arguments, freeing none of them either.  Documented in
   docs/analysis.md; add to it with care: a wrong entry is a wrong
   "does not escape".  */
static const struct escape_libc_entry escape_libc_table[] = {
  { "printf", ESCAPE_LIBC_READS },   { "fprintf", ESCAPE_LIBC_READS },
  { "dprintf", ESCAPE_LIBC_READS },  { "vprintf", ESCAPE_LIBC_READS },
  { "vfprintf", ESCAPE_LIBC_READS }, { "vdprintf", ESCAPE_LIBC_READS },
  { "puts", ESCAPE_LIBC_READS },     { "fputs", ESCAPE_LIBC_READS },
  { "fwrite", ESCAPE_LIBC_READS },   { "write", ESCAPE_LIBC_READS },
  { "perror", ESCAPE_LIBC_READS },   { "atoi", ESCAPE_LIBC_READS },
  { "atol", ESCAPE_LIBC_READS },     { "atoll", ESCAPE_LIBC_READS },
  { "atof", ESCAPE_LIBC_READS },     { "fputc", ESCAPE_LIBC_READS },
  { "putc", ESCAPE_LIBC_READS },     { "putchar", ESCAPE_LIBC_READS },
  { "sprintf", ESCAPE_LIBC_WRITES }, { "snprintf", ESCAPE_LIBC_WRITES },
  { "vsprintf", ESCAPE_LIBC_WRITES }, { "vsnprintf", ESCAPE_LIBC_WRITES },
  { "scanf", ESCAPE_LIBC_WRITES },   { "fscanf", ESCAPE_LIBC_WRITES },
  { "sscanf", ESCAPE_LIBC_WRITES },  { "vscanf", ESCAPE_LIBC_WRITES },
  { "vfscanf", ESCAPE_LIBC_WRITES }, { "vsscanf", ESCAPE_LIBC_WRITES },
  { "fread", ESCAPE_LIBC_WRITES },   { "read", ESCAPE_LIBC_WRITES },
  { "fgets", ESCAPE_LIBC_WRITES },
  { "strtol", ESCAPE_LIBC_STRTO },   { "strtoul", ESCAPE_LIBC_STRTO },
  { "strtoll", ESCAPE_LIBC_STRTO },  { "strtoull", ESCAPE_LIBC_STRTO },
  { "strtod", ESCAPE_LIBC_STRTO },   { "strtof", ESCAPE_LIBC_STRTO },
  { "strtold", ESCAPE_LIBC_STRTO },  { "strtoimax", ESCAPE_LIBC_STRTO },
  { "strtoumax", ESCAPE_LIBC_STRTO },
  { "qsort", ESCAPE_LIBC_QSORT },    { "bsearch", ESCAPE_LIBC_BSEARCH },
};

static const struct escape_libc_entry *
escape_libc_lookup (tree fndecl)
{
  /* Only the C library's own external functions, not a local
     definition that happens to share a name.  */
  if (!DECL_NAME (fndecl) || !TREE_PUBLIC (fndecl)
      || DECL_SAVED_TREE (fndecl) || gimple_has_body_p (fndecl))
    return NULL;
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  for (size_t i = 0; i < ARRAY_SIZE (escape_libc_table); i++)
    if (strcmp (name, escape_libc_table[i].name) == 0)
      return &escape_libc_table[i];
  return NULL;
}

/* --- helpers --------------------------------------------------------- */

/* The node of argument I, or -1 when the call has no such argument
   (old-style calls may pass fewer arguments than a built-in takes).  */
static int
escape_arg_node (struct escape_graph *g, gcall *call, unsigned i)
{
  if (i >= gimple_call_num_args (call))
    return -1;
  return escape_operand_node (g, gimple_call_arg (call, i), call);
}

/* Is CALL a call to a normal built-in, with arguments that match its
   prototype?  A call that does not match (an old-style declaration, a
   wrong number of arguments) is treated as any other call.  */
static bool
escape_is_builtin_call (gcall *call)
{
  return gimple_call_builtin_p (call, BUILT_IN_NORMAL);
}

/* The call's result gets VALUE.  */
static void
escape_call_result (struct escape_graph *g, gcall *call, int value)
{
  tree lhs = gimple_call_lhs (call);
  if (!lhs || value < 0)
    return;
  if (TREE_CODE (lhs) == SSA_NAME)
    {
      if (escape_type_may_hold_pointer (TREE_TYPE (lhs)))
	escape_add_copy (g, value, (int) SSA_NAME_VERSION (lhs), call);
    }
  else
    {
      int obj_node = escape_operand_node (g, build_fold_addr_expr (lhs),
					  call);
      escape_add_store (g, obj_node, value, call);
    }
}

static bool
escape_result_may_be_pointer (gcall *call)
{
  tree lhs = gimple_call_lhs (call);
  return lhs && !INTEGRAL_TYPE_P (TREE_TYPE (lhs))
	 && !SCALAR_FLOAT_TYPE_P (TREE_TYPE (lhs));
}

/* A node holding everything reachable from NODE (NODE included).  */
static int
escape_reachable_node (struct escape_graph *g, int node, gimple *stmt)
{
  int all = escape_new_node (g);
  escape_add_copy (g, node, all, stmt);
  escape_add_load (g, all, all, stmt);
  return all;
}

/* A node holding what NODE points to, LEVELS dereferences down.  */
static int
escape_deref_node (struct escape_graph *g, int node, int levels,
		   gimple *stmt)
{
  for (int i = 0; i < levels && node >= 0; i++)
    {
      int next = escape_new_node (g);
      escape_add_load (g, node, next, stmt);
      node = next;
    }
  return node;
}

static void
escape_static_chain (struct escape_graph *g, gcall *call, tree callee)
{
  tree chain = gimple_call_chain (call);
  if (chain)
    escape_add_event (g, ESCAPE_REASON_CALL,
		      escape_operand_node (g, chain, call), call, callee);
}

/* Nothing is known: every argument escapes, the result is unknown.  */
static void
escape_call_unknown (struct escape_graph *g, gcall *call, tree callee)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    escape_add_event (g, ESCAPE_REASON_CALL, escape_arg_node (g, call, i),
		      call, callee);
  escape_static_chain (g, call, callee);
  escape_call_result (g, call, g->global_addr);
}

/* --- allocation and built-ins ---------------------------------------- */

static bool
escape_name_is (tree fndecl, const char *name)
{
  return DECL_NAME (fndecl)
	 && strcmp (IDENTIFIER_POINTER (DECL_NAME (fndecl)), name) == 0;
}

/* Is FNDECL, called by CALL, an allocation function whose result is a
   new heap object?  */
static bool
escape_is_allocator (gcall *call, tree fndecl)
{
  if (escape_is_builtin_call (call))
    switch (DECL_FUNCTION_CODE (fndecl))
      {
      case BUILT_IN_MALLOC:
      case BUILT_IN_CALLOC:
      case BUILT_IN_REALLOC:
      case BUILT_IN_ALIGNED_ALLOC:
      case BUILT_IN_STRDUP:
      case BUILT_IN_STRNDUP:
      case BUILT_IN_POSIX_MEMALIGN:
	return true;
      case BUILT_IN_ALLOCA:
      case BUILT_IN_ALLOCA_WITH_ALIGN:
      case BUILT_IN_ALLOCA_WITH_ALIGN_AND_MAX:
	/* Frame memory, not heap: see escape_call_builtin.  */
	return false;
      default:
	break;
      }
  if (TREE_PUBLIC (fndecl) && !gimple_has_body_p (fndecl)
      && (escape_name_is (fndecl, "memalign")
	  || escape_name_is (fndecl, "reallocarray")
	  || escape_name_is (fndecl, "valloc")
	  || escape_name_is (fndecl, "pvalloc")))
    return true;
  return DECL_IS_MALLOC (fndecl);
}

static int
escape_new_heap_object (struct escape_graph *g, gcall *call, tree fndecl)
{
  int obj = escape_new_object (g, ESCAPE_OBJ_HEAP);
  g->objects[obj].alloc = call;
  g->objects[obj].allocator = fndecl;
  g->objects[obj].reported = true;
  return obj;
}

static void escape_apply_summary (struct escape_graph *g, gcall *call,
				  tree callee, struct escape_summary *s,
				  bool with_result);
static struct escape_summary *escape_callee_summary (tree fndecl,
						     tree *target);

static void
escape_call_allocator (struct escape_graph *g, gcall *call, tree fndecl)
{
  int heap = escape_new_heap_object (g, call, fndecl);
  int addr = escape_address_node (g, heap);
  bool builtin = escape_is_builtin_call (call);
  if (builtin && DECL_FUNCTION_CODE (fndecl) == BUILT_IN_POSIX_MEMALIGN)
    {
      /* posix_memalign (&p, align, size): the object is written to *p.  */
      escape_add_store (g, escape_arg_node (g, call, 0), addr, call);
      return;
    }
  escape_call_result (g, call, addr);
  bool resizes = (builtin && DECL_FUNCTION_CODE (fndecl) == BUILT_IN_REALLOC)
		 || escape_name_is (fndecl, "reallocarray");
  if (resizes)
    {
      /* The old block's contents move to the new one, which may also be
	 the old block itself.  */
      int old = escape_arg_node (g, call, 0);
      if (old >= 0)
	{
	  g->realloc_nodes.safe_push (old);
	  escape_add_load (g, old, g->objects[heap].content, call);
	  escape_call_result (g, call, old);
	}
      return;
    }
  if (builtin || !gimple_has_body_p (fndecl))
    {
      /* Known allocators only read their arguments (sizes, strings);
	 an unknown one with the malloc attribute keeps nothing we know
	 of, but its pointer arguments are treated as escaping.  */
      if (!builtin)
	for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	  escape_add_event (g, ESCAPE_REASON_CALL,
			    escape_arg_node (g, call, i), call, fndecl);
      return;
    }
  tree target;
  struct escape_summary *s = escape_callee_summary (fndecl, &target);
  if (s)
    escape_apply_summary (g, call, target, s, false);
  else
    for (unsigned i = 0; i < gimple_call_num_args (call); i++)
      escape_add_event (g, ESCAPE_REASON_CALL, escape_arg_node (g, call, i),
			call, fndecl);
}

/* *DST gets *SRC, as memcpy does; the result is DST.  */
static void
escape_call_copy (struct escape_graph *g, gcall *call, unsigned dst_arg,
		  unsigned src_arg)
{
  int dst = escape_arg_node (g, call, dst_arg);
  int src = escape_arg_node (g, call, src_arg);
  int tmp = escape_deref_node (g, src, 1, call);
  escape_add_store (g, dst, tmp, call);
  escape_call_result (g, call, dst);
}

static bool
escape_call_builtin (struct escape_graph *g, gcall *call, tree fndecl)
{
  if (!escape_is_builtin_call (call))
    return false;
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_FREE:
      g->free_nodes.safe_push (escape_arg_node (g, call, 0));
      g->free_stmts.safe_push (call);
      return true;
    case BUILT_IN_MEMCPY:
    case BUILT_IN_MEMMOVE:
    case BUILT_IN_MEMPCPY:
    case BUILT_IN_MEMCPY_CHK:
    case BUILT_IN_MEMMOVE_CHK:
    case BUILT_IN_MEMPCPY_CHK:
    case BUILT_IN_STRCPY:
    case BUILT_IN_STRNCPY:
    case BUILT_IN_STPCPY:
    case BUILT_IN_STPNCPY:
    case BUILT_IN_STRCAT:
    case BUILT_IN_STRNCAT:
    case BUILT_IN_STRCPY_CHK:
    case BUILT_IN_STRNCPY_CHK:
    case BUILT_IN_STRCAT_CHK:
      escape_call_copy (g, call, 0, 1);
      return true;
    case BUILT_IN_BCOPY:
      escape_call_copy (g, call, 1, 0);
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
      escape_call_copy (g, call, 0, 1);
      return true;
    case BUILT_IN_ALLOCA:
    case BUILT_IN_ALLOCA_WITH_ALIGN:
    case BUILT_IN_ALLOCA_WITH_ALIGN_AND_MAX:
      {
	/* Frame memory: a VLA's storage, named after the array, or a
	   plain alloca.  Reported like a local.  */
	int obj = escape_new_heap_object (g, call, fndecl);
	g->objects[obj].kind = ESCAPE_OBJ_STACK;
	tree lhs = gimple_call_lhs (call);
	tree var = lhs && TREE_CODE (lhs) == SSA_NAME ? SSA_NAME_VAR (lhs)
		   : lhs;
	if (var && DECL_P (var))
	  g->objects[obj].decl = escape_value_expr_owner (g->fun, var,
							   NULL_TREE);
	escape_call_result (g, call, escape_address_node (g, obj));
	return true;
      }
    default:
      return false;
    }
}

/* pthread_create (thread, attr, start, arg) and C11's thrd_create
   (thread, start, arg): the argument is handed to another thread.  */
static bool
escape_call_thread (struct escape_graph *g, gcall *call, tree fndecl)
{
  unsigned arg;
  if (escape_name_is (fndecl, "pthread_create"))
    arg = 3;
  else if (escape_name_is (fndecl, "thrd_create"))
    arg = 2;
  else
    return false;
  if (!TREE_PUBLIC (fndecl) || gimple_has_body_p (fndecl)
      || gimple_call_num_args (call) <= arg)
    return false;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      int node = escape_arg_node (g, call, i);
      if (i == arg)
	escape_add_event (g, ESCAPE_REASON_THREAD, node, call, fndecl);
      else if (i == 0)
	continue;	/* the thread id is written, not kept */
      else
	escape_add_event (g, ESCAPE_REASON_CALL, node, call, fndecl);
    }
  escape_call_result (g, call, -1);
  return true;
}

/* --- summaries of functions in this translation unit ---------------- */

/* A call event; HAZARD when the callee keeps the value beyond the
   caller's frame (in a global, another thread, ...).  */
static void
escape_add_call_event (struct escape_graph *g, int node, gcall *call,
		       tree callee, bool hazard)
{
  escape_add_event (g, ESCAPE_REASON_CALL, node, call, callee);
  if (hazard && node >= 0)
    g->events.last ().hazard = true;
}

/* The summary to use for a direct call to FNDECL, or NULL when the
   callee may be replaced at link or load time, is not analysed yet, or
   is mutually recursive with the caller.  The last rule keeps decisions
   independent of the order GCC picks inside a cycle, which differs
   between optimisation levels.  */
static struct escape_summary *
escape_callee_summary (tree fndecl, tree *target)
{
  cgraph_node *node = cgraph_node::get (fndecl);
  if (!node)
    return NULL;
  enum availability avail;
  cgraph_node *fn = node->function_symbol (&avail);
  if (!fn || avail < AVAIL_AVAILABLE)
    return NULL;
  if (fn->decl != current_function_decl
      && escape_same_cycle (fn->decl, current_function_decl))
    return NULL;
  *target = fn->decl;
  return escape_summary_lookup (fn->decl);
}

static void
escape_apply_summary (struct escape_graph *g, gcall *call, tree callee,
		      struct escape_summary *s, bool with_result)
{
  int result = -1;
  if (with_result && gimple_call_lhs (call))
    result = escape_new_node (g);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      int node = escape_arg_node (g, call, i);
      if (node < 0)
	continue;
      if ((int) i >= s->nparams)
	{
	  escape_add_event (g, ESCAPE_REASON_CALL, node, call, callee);
	  continue;
	}
      const struct escape_param_summary *p = &s->params[i];
      if (p->leak_heap)
	escape_add_call_event (g, node, call, callee, p->leak_hazard);
      else if (p->leak_content)
	escape_add_call_event (g, escape_deref_node (g, node, 1, call), call,
			       callee, p->content_hazard);
      /* The callee stored this argument through argument J: do so here.  */
      for (unsigned j = 0; j < 32 && j < gimple_call_num_args (call); j++)
	if (p->stored_into & (1u << j))
	  escape_add_store (g, escape_arg_node (g, call, j), node, call);
      for (int level = 0; level < ESCAPE_PARAM_LEVELS; level++)
	if (p->freed_levels & (1u << level))
	  {
	    int freed = escape_deref_node (g, node, level, call);
	    if (level == ESCAPE_PARAM_LEVELS - 1)
	      freed = escape_reachable_node (g, freed, call);
	    g->free_nodes.safe_push (freed);
	    g->free_stmts.safe_push (call);
	  }
      if (p->written)
	escape_add_store (g, node, g->global_addr, call);
      for (int level = 0; result >= 0 && level < ESCAPE_PARAM_LEVELS; level++)
	if (p->result_levels & (1u << level))
	  {
	    int from = escape_deref_node (g, node, level, call);
	    /* The deepest level stands for all deeper ones.  */
	    if (level == ESCAPE_PARAM_LEVELS - 1)
	      from = escape_reachable_node (g, from, call);
	    escape_add_copy (g, from, result, call);
	  }
    }
  escape_static_chain (g, call, callee);
  if (result >= 0)
    {
      if (s->returns_other)
	escape_add_copy (g, g->global_addr, result, call);
      escape_call_result (g, call, result);
    }
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

static void
escape_call_libc (struct escape_graph *g, gcall *call, tree fndecl,
		  const struct escape_libc_entry *e)
{
  unsigned n = gimple_call_num_args (call);
  int result = escape_result_may_be_pointer (call) ? escape_new_node (g) : -1;
  bool callback_ok = true, callback_writes = false;
  unsigned callback = e->kind == ESCAPE_LIBC_QSORT ? 3 : 4;
  if ((e->kind == ESCAPE_LIBC_QSORT || e->kind == ESCAPE_LIBC_BSEARCH)
      && n > callback)
    callback_ok = escape_callback_is_safe (gimple_call_arg (call, callback),
					   &callback_writes);
  for (unsigned i = 0; i < n; i++)
    {
      int node = escape_arg_node (g, call, i);
      if (node < 0)
	continue;
      if (result >= 0)
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
  if (result >= 0)
    {
      escape_add_copy (g, g->global_addr, result, call);
      escape_call_result (g, call, result);
    }
}

/* Use GCC's EAF flags for each argument; const and pure functions keep
   nothing but may return what their arguments reach.  */
static void
escape_call_flags (struct escape_graph *g, gcall *call, tree fndecl)
{
  int ecf = gimple_call_flags (call);
  bool no_side_effects = (ecf & (ECF_CONST | ECF_PURE)) != 0;
  bool pointer_result = escape_result_may_be_pointer (call);
  int result = pointer_result ? escape_new_node (g) : -1;
  int returns_arg = -1;
  int rf = gimple_call_return_flags (call);
  if (rf & ERF_RETURNS_ARG)
    returns_arg = rf & ERF_RETURN_ARG_MASK;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      int node = escape_arg_node (g, call, i);
      if (node < 0)
	continue;
      int flags = gimple_call_arg_flags (call, i);
      if (no_side_effects)
	{
	  if (result >= 0)
	    escape_add_copy (g, escape_reachable_node (g, node, call),
			     result, call);
	  continue;
	}
      bool kept = !ESCAPE_EAF_NO_DIRECT_ESCAPE (flags);
      bool content_kept = kept || !ESCAPE_EAF_NO_INDIRECT_ESCAPE (flags);
      if (kept)
	escape_add_event (g, ESCAPE_REASON_CALL, node, call, fndecl);
      else if (content_kept)
	escape_add_event (g, ESCAPE_REASON_CALL,
			  escape_deref_node (g, node, 1, call), call, fndecl);
      if (!ESCAPE_EAF_NO_CLOBBER (flags))
	escape_add_store (g, node, g->global_addr, call);
      if (result < 0)
	continue;
      /* What the callee may return.  An argument it keeps has escaped
	 already and is part of GLOBAL, which the result points to: adding
	 it again would turn "passed to 'f'" into a false "returned".  */
      if ((int) i == returns_arg
	  || (!kept && !ESCAPE_EAF_NOT_RETURNED (flags)))
	escape_add_copy (g, node, result, call);
      if (!content_kept && !ESCAPE_EAF_NOT_RETURNED_CONTENT (flags))
	escape_add_copy (g, escape_deref_node (g, node, 1, call), result,
			 call);
    }
  escape_static_chain (g, call, fndecl);
  if (result >= 0)
    {
      if (returns_arg < 0)
	escape_add_copy (g, g->global_addr, result, call);
      escape_call_result (g, call, result);
    }
}

/* --- internal functions ---------------------------------------------- */

static void
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
      return;
    case IFN_VA_ARG:
      /* Reads the next argument: the caller's memory, nothing kept.  */
      escape_call_result (g, call, g->global_addr);
      return;
    case IFN_BUILTIN_EXPECT:
      escape_call_result (g, call, escape_arg_node (g, call, 0));
      return;
    default:
      escape_call_unknown (g, call, NULL_TREE);
      return;
    }
}

/* --- entry ------------------------------------------------------------ */

void
escape_build_call (struct escape_graph *g, gcall *call)
{
  if (gimple_call_internal_p (call))
    {
      escape_call_internal (g, call);
      return;
    }
  tree fndecl = gimple_call_fndecl (call);
  if (!fndecl)
    {
      escape_call_unknown (g, call, NULL_TREE);
      return;
    }
  if (escape_is_allocator (call, fndecl))
    {
      escape_call_allocator (g, call, fndecl);
      return;
    }
  if (escape_call_builtin (g, call, fndecl)
      || escape_call_thread (g, call, fndecl))
    return;
  tree target;
  struct escape_summary *s = escape_callee_summary (fndecl, &target);
  if (s)
    {
      escape_apply_summary (g, call, target, s, true);
      return;
    }
  const struct escape_libc_entry *e = escape_libc_lookup (fndecl);
  if (e)
    {
      escape_call_libc (g, call, fndecl, e);
      return;
    }
  escape_call_flags (g, call, fndecl);
}
