/* escape-alloc.c - the allocator family table.
 *
 * What a heap allocation function is, which arguments give its size,
 * count and alignment, whether it zeroes, whether it resizes an old
 * block or writes its result through an argument, what frees it, and
 * which of them promotion may replace.  escape-lower-call.c makes a heap
 * object for each call this table recognises, escape-promote-decide.c
 * and escape-promote-rewrite.c read sizes and zeroing from it, and the
 * messages name allocators through it.  */

#include "escape-alloc.h"
#include "escape-libc.h"
#include "tree-eh.h"

/* Is CALL a call to a normal built-in, with arguments that match its
   prototype?  A call that does not match (an old-style declaration, a
   wrong number of arguments) is treated as any other call.  */
bool
escape_call_is_builtin (gcall *call)
{
  return gimple_call_builtin_p (call, BUILT_IN_NORMAL);
}

static void
escape_alloc_set (struct escape_alloc_info *info,
		  enum escape_alloc_kind kind, int size, int count, int align)
{
  info->kind = kind;
  info->size_arg = size;
  info->count_arg = count;
  info->align_arg = align;
}

/* The built-in allocators, by function code.  */
static bool
escape_alloc_builtin (enum built_in_function code,
		      struct escape_alloc_info *info)
{
  switch (code)
    {
    case BUILT_IN_MALLOC:
      escape_alloc_set (info, ESCAPE_ALLOC_MALLOC, 0, ESCAPE_NO_ARG,
			ESCAPE_NO_ARG);
      info->promotable = true;
      return true;
    case BUILT_IN_CALLOC:
      escape_alloc_set (info, ESCAPE_ALLOC_CALLOC, 1, 0, ESCAPE_NO_ARG);
      info->zeroes = true;
      info->promotable = true;
      return true;
    case BUILT_IN_ALIGNED_ALLOC:
      escape_alloc_set (info, ESCAPE_ALLOC_ALIGNED, 1, ESCAPE_NO_ARG, 0);
      info->promotable = true;
      return true;
    case BUILT_IN_REALLOC:
      escape_alloc_set (info, ESCAPE_ALLOC_REALLOC, 1, ESCAPE_NO_ARG,
			ESCAPE_NO_ARG);
      info->old_arg = 0;
      return true;
    case BUILT_IN_STRDUP:
      escape_alloc_set (info, ESCAPE_ALLOC_STRDUP, ESCAPE_NO_ARG,
			ESCAPE_NO_ARG, ESCAPE_NO_ARG);
      return true;
    case BUILT_IN_STRNDUP:
      escape_alloc_set (info, ESCAPE_ALLOC_STRNDUP, ESCAPE_NO_ARG,
			ESCAPE_NO_ARG, ESCAPE_NO_ARG);
      return true;
    case BUILT_IN_POSIX_MEMALIGN:
      escape_alloc_set (info, ESCAPE_ALLOC_POSIX_MEMALIGN, 2, ESCAPE_NO_ARG,
			1);
      info->out_arg = 0;
      return true;
    case BUILT_IN_ALLOCA:
    case BUILT_IN_ALLOCA_WITH_ALIGN:
    case BUILT_IN_ALLOCA_WITH_ALIGN_AND_MAX:
      escape_alloc_set (info, ESCAPE_ALLOC_FRAME, 0, ESCAPE_NO_ARG,
			code == BUILT_IN_ALLOCA ? ESCAPE_NO_ARG : 1);
      return true;
    default:
      return false;
    }
}

/* The library's allocators GCC has no built-in for.  */
static bool
escape_alloc_library (tree fndecl, struct escape_alloc_info *info)
{
  if (escape_library_function_is (fndecl, "memalign"))
    escape_alloc_set (info, ESCAPE_ALLOC_MEMALIGN, 1, ESCAPE_NO_ARG, 0);
  else if (escape_library_function_is (fndecl, "reallocarray"))
    {
      escape_alloc_set (info, ESCAPE_ALLOC_REALLOCARRAY, 2, 1,
			ESCAPE_NO_ARG);
      info->old_arg = 0;
    }
  else if (escape_library_function_is (fndecl, "valloc")
	   || escape_library_function_is (fndecl, "pvalloc"))
    escape_alloc_set (info, ESCAPE_ALLOC_VALLOC, 0, ESCAPE_NO_ARG,
		      ESCAPE_NO_ARG);
  else
    return false;
  return true;
}

/* Is FNDECL, called by CALL, an allocation function: its result is a new
   heap object (or, for ESCAPE_ALLOC_FRAME, frame memory)?  Fills INFO.  */
bool
escape_alloc_classify (gcall *call, tree fndecl,
		       struct escape_alloc_info *info)
{
  memset (info, 0, sizeof *info);
  info->old_arg = ESCAPE_NO_ARG;
  info->out_arg = ESCAPE_NO_ARG;
  escape_alloc_set (info, ESCAPE_ALLOC_NONE, ESCAPE_NO_ARG, ESCAPE_NO_ARG,
		    ESCAPE_NO_ARG);
  if (!fndecl)
    return false;
  info->builtin = escape_call_is_builtin (call);
  if (info->builtin
      && escape_alloc_builtin (DECL_FUNCTION_CODE (fndecl), info))
    return true;
  if (escape_alloc_library (fndecl, info))
    return true;
  if (DECL_IS_MALLOC (fndecl))
    {
      info->kind = ESCAPE_ALLOC_ATTRIBUTE;
      return true;
    }
  return false;
}

/* Is STMT a call of the deallocator of the family (free), with the
   arguments free takes?  */
bool
escape_alloc_is_free (gimple *stmt)
{
  return is_gimple_call (stmt)
	 && gimple_call_builtin_p (stmt, BUILT_IN_FREE);
}

/* The allocator's name as users write it: "malloc", not
   "__builtin_malloc".  */
const char *
escape_alloc_display_name (tree allocator)
{
  static const char builtin_prefix[] = "__builtin_";
  const char *name = allocator && DECL_NAME (allocator)
		     ? IDENTIFIER_POINTER (DECL_NAME (allocator)) : NULL;
  if (name && strncmp (name, builtin_prefix, sizeof builtin_prefix - 1) == 0)
    name += sizeof builtin_prefix - 1;
  return name ? name : "allocation";
}

/* The alignment of malloc's memory, in bits: alignof (max_align_t).  */
unsigned
escape_malloc_alignment (void)
{
  unsigned align = MALLOC_ABI_ALIGNMENT;
  align = MAX (align, TYPE_ALIGN (long_double_type_node));
  align = MAX (align, TYPE_ALIGN (long_long_integer_type_node));
  align = MAX (align, TYPE_ALIGN (ptr_type_node));
  return align;
}

/* Can the allocation call throw (-fexceptions, -fnon-call-exceptions)?
   Then replacing it would change where control goes.  */
bool
escape_alloc_may_throw (function *fun, gimple *call)
{
  return stmt_could_throw_p (fun, call);
}
