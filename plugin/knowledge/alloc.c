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
#include "diagnostic-core.h"

/* The reasons a heap site of the table is never promoted
   (not_promoted).  */
#define ESCAPE_REFUSE_SHAPE "allocator-shape"
#define ESCAPE_REFUSE_OUT_PARAM "out-param"
#define ESCAPE_REFUSE_NOT_NAMED "allocator-not-named"
#define ESCAPE_REFUSE_UNSUPPORTED "unsupported-allocator"

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

/* The type of parameter I (0-based) of FNTYPE, and in *COUNT how many
   parameters it has; NULL when I is not one of them.  */
static tree
escape_param_type (tree fntype, int i, int *count)
{
  tree found = NULL_TREE;
  int n = 0;
  for (tree a = TYPE_ARG_TYPES (fntype); a && a != void_list_node;
       a = TREE_CHAIN (a), n++)
    if (n == i)
      found = TREE_VALUE (a);
  *count = n;
  return found;
}

/* The declarations whose allocator= shape was found not to match (by
   DECL_UID): each is an error once.  */
static vec<int> escape_shape_errors;

/* Is this the first time FNDECL's shape is found not to match?  */
static bool
escape_shape_error_once (tree fndecl)
{
  int uid = (int) DECL_UID (fndecl);
  for (unsigned i = 0; i < escape_shape_errors.length (); i++)
    if (escape_shape_errors[i] == uid)
      return false;
  escape_shape_errors.safe_push (uid);
  return true;
}

/* Does argument I of FNDECL, named by allocator= as WHAT ("size",
   "count", "freed pointer"), exist with the right type: an integer, or
   for the freed pointer a pointer?  If not, an error at the declaration
   (once), and false.  */
static bool
escape_shape_arg_matches (tree fndecl, int i, const char *what)
{
  tree fntype = TREE_TYPE (fndecl);
  location_t loc = DECL_SOURCE_LOCATION (fndecl);
  bool ptr = strcmp (what, "freed pointer") == 0;
  if (!prototype_p (fntype))
    {
      if (escape_shape_error_once (fndecl))
	error_at (loc, "%<allocator=%> gives %qD a shape, but it is declared "
		  "without a prototype", fndecl);
      return false;
    }
  int count;
  tree type = escape_param_type (fntype, i, &count);
  if (!type)
    {
      if (escape_shape_error_once (fndecl))
	error_at (loc, "%<allocator=%> names argument %d of %qD as its %s, "
		  "but %qD takes %d parameter(s) (indices count from 0)",
		  i, fndecl, what, fndecl, count);
      return false;
    }
  if (ptr ? POINTER_TYPE_P (type) : INTEGRAL_TYPE_P (type))
    return true;
  if (escape_shape_error_once (fndecl))
    error_at (loc, "%<allocator=%> names argument %d of %qD as its %s, but "
	      "that parameter has type %qT, not %s", i, fndecl, what, type,
	      ptr ? "a pointer" : "an integer type");
  return false;
}

/* Is parameter type T of a user allocator one it may write through: a
   pointer to a modifiable scalar other than a byte (char * is a buffer
   or string it reads)?  */
static bool
escape_is_out_param (tree t)
{
  if (!POINTER_TYPE_P (t))
    return false;
  tree to = TREE_TYPE (t);
  if (TYPE_READONLY (to))
    return false;
  if (INTEGRAL_TYPE_P (to))
    return TYPE_PRECISION (to) != CHAR_TYPE_SIZE;
  return POINTER_TYPE_P (to) || SCALAR_FLOAT_TYPE_P (to);
}

/* The out-parameters of user allocator FNTYPE, beyond the arguments
   INFO already reads: one non-const size_t-wide integer pointer is where
   it writes the usable size (zmalloc_usable (n, &usable)), which a
   promoted site fills with its buffer's size; any other makes the
   allocator one promotion cannot replace.  Other arguments (a context
   pointer) are read only: the user vouches for it.  */
static void
escape_alloc_user_outs (tree fntype, struct escape_alloc_info *info)
{
  int i = 0;
  for (tree a = TYPE_ARG_TYPES (fntype); a && a != void_list_node;
       a = TREE_CHAIN (a), i++)
    {
      tree t = TREE_VALUE (a);
      if (i == info->size_arg || i == info->count_arg
	  || i == info->string_arg || !escape_is_out_param (t))
	continue;
      if (INTEGRAL_TYPE_P (TREE_TYPE (t))
	  && TYPE_PRECISION (TREE_TYPE (t)) == TYPE_PRECISION (size_type_node)
	  && info->usable_arg == ESCAPE_NO_ARG)
	info->usable_arg = i;
      else if (info->promotable)
	{
	  info->promotable = false;
	  info->refusal = ESCAPE_REFUSE_OUT_PARAM;
	}
    }
}

/* The shape of user allocator FNDECL from allocator=ALLOC/SIZE, checked
   against its declaration.  False when allocator= gives it no shape.  */
static bool
escape_alloc_user_shape (tree fndecl, const char *name,
			 struct escape_alloc_info *info)
{
  int size, count;
  if (!escape_allocator_size_shape (name, &size, &count))
    return false;
  if (!escape_shape_arg_matches (fndecl, size, "size")
      || (count != ESCAPE_SHAPE_NONE
	  && !escape_shape_arg_matches (fndecl, count, "count")))
    {
      info->promotable = false;
      info->refusal = ESCAPE_REFUSE_SHAPE;
      return true;
    }
  info->size_arg = size;
  info->count_arg = count;
  return true;
}

/* An allocator the user named (allocator=ALLOC[/SIZE]:FREE).  The user
   vouches that it behaves like malloc: it only reads its arguments and
   FREE frees what it returns.  Its shape comes from allocator=, or its
   alloc_size attribute, or its one parameter: an integer is the size
   (like malloc), a char pointer is a string it copies (like strdup).
   Whether it zeroes is not known, so a promoted buffer is zeroed
   (calloc-like allocators stay right).  Other shapes are heap sites,
   never promoted (allocator-shape).  */
static bool
escape_alloc_user (tree fndecl, struct escape_alloc_info *info)
{
  const char *name = escape_decl_name (fndecl);
  if (!name || !escape_allocator_listed (name, NULL))
    return false;
  tree fntype = TREE_TYPE (fndecl);
  int first = ESCAPE_NO_ARG, second = ESCAPE_NO_ARG;
  escape_alloc_set (info, ESCAPE_ALLOC_USER, ESCAPE_NO_ARG, ESCAPE_NO_ARG,
		    ESCAPE_NO_ARG);
  info->builtin = true;
  info->user = true;
  info->zeroes = true;
  info->promotable = true;
  int sizes = escape_alloc_size_attribute (fntype, &first, &second);
  tree only = escape_only_param_type (fntype);
  if (escape_alloc_user_shape (fndecl, name, info))
    ;
  else if (sizes)
    {
      info->size_arg = sizes == 1 ? first : second;
      info->count_arg = sizes == 2 ? first : ESCAPE_NO_ARG;
    }
  else if (only)
    {
      if (INTEGRAL_TYPE_P (only))
	info->size_arg = 0;
      else if (POINTER_TYPE_P (only)
	       && TYPE_MAIN_VARIANT (TREE_TYPE (only)) == char_type_node)
	{
	  info->string_arg = 0;
	  info->zeroes = false;
	}
    }
  if (info->promotable && info->size_arg == ESCAPE_NO_ARG
      && info->string_arg == ESCAPE_NO_ARG)
    {
      info->promotable = false;
      info->refusal = ESCAPE_REFUSE_SHAPE;
    }
  if (info->promotable)
    escape_alloc_user_outs (fntype, info);
  return true;
}

/* Why promotion never replaces an allocator of kind KIND that is not
   promotable.  */
static const char *
escape_alloc_refusal (enum escape_alloc_kind kind)
{
  return kind == ESCAPE_ALLOC_ATTRIBUTE ? ESCAPE_REFUSE_NOT_NAMED
	 : ESCAPE_REFUSE_UNSUPPORTED;
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
  info->usable_arg = ESCAPE_NO_ARG;
  escape_alloc_set (info, ESCAPE_ALLOC_NONE, ESCAPE_NO_ARG, ESCAPE_NO_ARG,
		    ESCAPE_NO_ARG);
  if (!fndecl)
    return false;
  if (escape_alloc_user (fndecl, info))
    return true;
  info->builtin = escape_call_is_builtin (call);
  if ((info->builtin
       && escape_alloc_builtin (DECL_FUNCTION_CODE (fndecl), info))
      || escape_alloc_library (fndecl, info))
    ;
  else if (DECL_IS_MALLOC (fndecl))
    info->kind = ESCAPE_ALLOC_ATTRIBUTE;
  else
    return false;
  if (!info->promotable)
    info->refusal = escape_alloc_refusal (info->kind);
  return true;
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

/* The argument deallocator FNDECL named NAME by allocator= frees: the
   PTR allocator= gives it (checked against its declaration), else the
   position its malloc (FREE, POS) attribute names, else argument 0 when
   it takes one parameter (or has no prototype).  A deallocator of more
   parameters without either has no shape the plugin can read: its
   calls are not deallocations, so a context argument is never taken for
   the freed object.  */
static int
escape_user_freed_arg (tree fndecl, const char *name)
{
  int ptr = escape_allocator_free_shape (name);
  if (ptr != ESCAPE_SHAPE_NONE)
    return escape_shape_arg_matches (fndecl, ptr, "freed pointer")
	   ? ptr : ESCAPE_NO_ARG;
  if (lookup_attribute ("*dealloc", DECL_ATTRIBUTES (fndecl)))
    return escape_dealloc_attribute_arg (fndecl);
  tree fntype = TREE_TYPE (fndecl);
  int count;
  escape_param_type (fntype, 0, &count);
  return !prototype_p (fntype) || count <= 1 ? 0 : ESCAPE_NO_ARG;
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
  int arg = escape_allocator_listed (NULL, name)
	    ? escape_user_freed_arg (fndecl, name)
	    : escape_dealloc_attribute_arg (fndecl);
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
   as INFO), freeing the argument the family's shape names: free for the C
   library's allocators, FREE for a pair named by allocator=?  Only then
   may promotion rewrite it.  */
bool
escape_alloc_frees_site (gimple *free_stmt, tree allocator,
			 const struct escape_alloc_info *info)
{
  if (escape_alloc_freed_arg (free_stmt) == ESCAPE_NO_ARG)
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
