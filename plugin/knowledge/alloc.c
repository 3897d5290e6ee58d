/* knowledge/alloc.c - the allocator family table.
 *
 * What a heap allocation function is, which arguments give its size,
 * count and alignment, whether it zeroes, whether it resizes an old
 * block or writes its result through an argument, what frees it, and
 * which of them promotion may replace.  The project's own allocators
 * join the table when the user names them (allocator=ALLOC:FREE), and
 * deallocators declared with GCC's __attribute__ ((malloc (FREE))) are
 * read from the source.  lower/call.c makes a heap
 * object for each call this table recognises, promote/decide.c
 * and promote/rewrite.c read sizes and zeroing from it, and the
 * messages name allocators through it.  */

#include "knowledge/alloc.h"
#include "knowledge/libc.h"
#include "base/options.h"
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
      info->string_arg = 0;
      info->promotable = true;
      return true;
    case BUILT_IN_STRNDUP:
      escape_alloc_set (info, ESCAPE_ALLOC_STRNDUP, ESCAPE_NO_ARG,
			ESCAPE_NO_ARG, ESCAPE_NO_ARG);
      info->string_arg = 0;
      info->max_arg = 1;
      info->promotable = true;
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
  else if (escape_library_function_is (fndecl, "strdup")
	   || escape_library_function_is (fndecl, "strndup"))
    {
      /* Not GCC built-ins under -std=c11 and the like, where they are
	 POSIX's: the same functions, which only read their arguments.  */
      bool n = escape_library_function_is (fndecl, "strndup");
      escape_alloc_set (info, n ? ESCAPE_ALLOC_STRNDUP : ESCAPE_ALLOC_STRDUP,
			ESCAPE_NO_ARG, ESCAPE_NO_ARG, ESCAPE_NO_ARG);
      info->string_arg = 0;
      info->max_arg = n ? 1 : ESCAPE_NO_ARG;
      info->builtin = true;
      info->promotable = true;
    }
  else if (escape_library_function_is (fndecl, "valloc")
	   || escape_library_function_is (fndecl, "pvalloc"))
    escape_alloc_set (info, ESCAPE_ALLOC_VALLOC, 0, ESCAPE_NO_ARG,
		      ESCAPE_NO_ARG);
  else
    return false;
  return true;
}

/* The 0-based arguments alloc_size names on FNTYPE: one (the size) or
   two (count and size).  Returns how many.  */
static int
escape_alloc_size_attribute (tree fntype, int *first, int *second)
{
  tree attr = lookup_attribute ("alloc_size", TYPE_ATTRIBUTES (fntype));
  if (!attr || !TREE_VALUE (attr))
    return 0;
  tree args = TREE_VALUE (attr);
  if (!tree_fits_shwi_p (TREE_VALUE (args)))
    return 0;
  *first = (int) tree_to_shwi (TREE_VALUE (args)) - 1;
  if (!TREE_CHAIN (args))
    return 1;
  if (!tree_fits_shwi_p (TREE_VALUE (TREE_CHAIN (args))))
    return 0;
  *second = (int) tree_to_shwi (TREE_VALUE (TREE_CHAIN (args))) - 1;
  return 2;
}

/* The type of FNTYPE's only parameter, or NULL when it has another
   number of them or no prototype.  */
static tree
escape_only_param_type (tree fntype)
{
  tree args = TYPE_ARG_TYPES (fntype);
  if (!prototype_p (fntype) || !args || TREE_CHAIN (args) != void_list_node)
    return NULL_TREE;
  return TREE_VALUE (args);
}

/* An allocator the user named (allocator=ALLOC:FREE).  The user vouches
   that it behaves like malloc: it only reads its arguments and FREE
   frees what it returns.  Its shape comes from its alloc_size attribute,
   or from its one parameter: an integer is the size (like malloc), a
   char pointer is a string it copies (like strdup).  Whether it zeroes
   is not known, so a promoted buffer is zeroed (calloc-like allocators
   stay right).  Other shapes are heap sites, never promoted.  */
static bool
escape_alloc_user (tree fndecl, struct escape_alloc_info *info)
{
  const char *name = escape_decl_name (fndecl);
  if (!name || !escape_allocator_listed (name, NULL))
    return false;
  tree fntype = TREE_TYPE (fndecl);
  int first = ESCAPE_NO_ARG, second = ESCAPE_NO_ARG;
  int sizes = escape_alloc_size_attribute (fntype, &first, &second);
  tree only = escape_only_param_type (fntype);
  escape_alloc_set (info, ESCAPE_ALLOC_USER, ESCAPE_NO_ARG, ESCAPE_NO_ARG,
		    ESCAPE_NO_ARG);
  info->builtin = true;
  info->user = true;
  info->zeroes = true;
  info->promotable = true;
  if (sizes == 1)
    info->size_arg = first;
  else if (sizes == 2)
    {
      info->count_arg = first;
      info->size_arg = second;
    }
  else if (only && INTEGRAL_TYPE_P (only))
    info->size_arg = 0;
  else if (only && POINTER_TYPE_P (only)
	   && TYPE_MAIN_VARIANT (TREE_TYPE (only)) == char_type_node)
    {
      info->string_arg = 0;
      info->zeroes = false;
    }
  else
    info->promotable = false;
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
  info->string_arg = ESCAPE_NO_ARG;
  info->max_arg = ESCAPE_NO_ARG;
  escape_alloc_set (info, ESCAPE_ALLOC_NONE, ESCAPE_NO_ARG, ESCAPE_NO_ARG,
		    ESCAPE_NO_ARG);
  if (!fndecl)
    return false;
  if (escape_alloc_user (fndecl, info))
    return true;
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

/* The argument position (0-based) a "*dealloc" attribute names: GCC
   puts it on FREE for each __attribute__ ((malloc (FREE[, POS]))).  */
static int
escape_dealloc_attribute_arg (tree fndecl)
{
  tree attr = lookup_attribute ("*dealloc", DECL_ATTRIBUTES (fndecl));
  if (!attr)
    return ESCAPE_NO_ARG;
  tree args = TREE_VALUE (attr);
  if (args && TREE_CHAIN (args)
      && tree_fits_shwi_p (TREE_VALUE (TREE_CHAIN (args))))
    return (int) tree_to_shwi (TREE_VALUE (TREE_CHAIN (args))) - 1;
  return 0;
}

/* If STMT is a call of a deallocator, the argument it frees; otherwise
   ESCAPE_NO_ARG.  Deallocators: free, a FREE named by allocator=, and a
   function named as deallocator by GCC's malloc (FREE) attribute.  */
int
escape_alloc_freed_arg (gimple *stmt)
{
  if (!is_gimple_call (stmt))
    return ESCAPE_NO_ARG;
  if (gimple_call_builtin_p (stmt, BUILT_IN_FREE))
    return 0;
  tree fndecl = gimple_call_fndecl (stmt);
  const char *name = escape_decl_name (fndecl);
  if (!name)
    return ESCAPE_NO_ARG;
  int arg = ESCAPE_NO_ARG;
  if (escape_allocator_listed (NULL, name))
    arg = 0;
  else
    arg = escape_dealloc_attribute_arg (fndecl);
  if (arg < 0 || arg >= (int) gimple_call_num_args (stmt))
    return ESCAPE_NO_ARG;
  return arg;
}

/* Is STMT a call of a deallocator?  */
bool
escape_alloc_is_free (gimple *stmt)
{
  return escape_alloc_freed_arg (stmt) != ESCAPE_NO_ARG;
}

/* Is FREE_STMT the deallocator of the family of ALLOCATOR (classified
   as INFO), with the object as its first argument: free for the C
   library's allocators, FREE for a pair named by allocator=?  Only then
   may promotion rewrite it.  */
bool
escape_alloc_frees_site (gimple *free_stmt, tree allocator,
			 const struct escape_alloc_info *info)
{
  if (escape_alloc_freed_arg (free_stmt) != 0)
    return false;
  if (!info->user)
    return gimple_call_builtin_p (free_stmt, BUILT_IN_FREE);
  return escape_allocator_listed (escape_decl_name (allocator),
				  escape_decl_name
				    (gimple_call_fndecl (free_stmt)));
}

/* The allocator's name as users write it: "malloc", not
   "__builtin_malloc".  */
const char *
escape_alloc_display_name (tree allocator)
{
  static const char builtin_prefix[] = "__builtin_";
  const char *name = escape_decl_name (allocator);
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
