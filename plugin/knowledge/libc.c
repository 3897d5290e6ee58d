/* knowledge/libc.c - the C library table: functions GCC has no fnspec for,
 * whose effect on pointer arguments the analysis knows, and the one
 * test of "is this the C library's function" that every stage asks.
 *
 * Documented in docs/analysis.md; add to it with care: a wrong entry is
 * a wrong "does not escape".  Allocation functions are in the allocator
 * table (knowledge/alloc.c), not here.  */

#include "knowledge/libc.h"

/* Functions that keep none of their pointer arguments and free none of
   them, and the thread starters, whose argument escapes to a thread.  */
static const struct escape_libc_entry escape_libc_table[] = {
  { "printf", ESCAPE_LIBC_READS, 0 },   { "fprintf", ESCAPE_LIBC_READS, 0 },
  { "dprintf", ESCAPE_LIBC_READS, 0 },  { "vprintf", ESCAPE_LIBC_READS, 0 },
  { "vfprintf", ESCAPE_LIBC_READS, 0 }, { "vdprintf", ESCAPE_LIBC_READS, 0 },
  { "puts", ESCAPE_LIBC_READS, 0 },     { "fputs", ESCAPE_LIBC_READS, 0 },
  { "fwrite", ESCAPE_LIBC_READS, 0 },   { "write", ESCAPE_LIBC_READS, 0 },
  { "perror", ESCAPE_LIBC_READS, 0 },   { "atoi", ESCAPE_LIBC_READS, 0 },
  { "atol", ESCAPE_LIBC_READS, 0 },     { "atoll", ESCAPE_LIBC_READS, 0 },
  { "atof", ESCAPE_LIBC_READS, 0 },     { "fputc", ESCAPE_LIBC_READS, 0 },
  { "putc", ESCAPE_LIBC_READS, 0 },     { "putchar", ESCAPE_LIBC_READS, 0 },
  /* A detached thread runs on: detaching joins nothing.  */
  { "pthread_detach", ESCAPE_LIBC_READS, 0 },
  { "thrd_detach", ESCAPE_LIBC_READS, 0 },
  { "sprintf", ESCAPE_LIBC_WRITES, 0 }, { "snprintf", ESCAPE_LIBC_WRITES, 0 },
  { "vsprintf", ESCAPE_LIBC_WRITES, 0 }, { "vsnprintf", ESCAPE_LIBC_WRITES, 0 },
  { "scanf", ESCAPE_LIBC_WRITES, 0 },   { "fscanf", ESCAPE_LIBC_WRITES, 0 },
  { "sscanf", ESCAPE_LIBC_WRITES, 0 },  { "vscanf", ESCAPE_LIBC_WRITES, 0 },
  { "vfscanf", ESCAPE_LIBC_WRITES, 0 }, { "vsscanf", ESCAPE_LIBC_WRITES, 0 },
  { "fread", ESCAPE_LIBC_WRITES, 0 },   { "read", ESCAPE_LIBC_WRITES, 0 },
  { "fgets", ESCAPE_LIBC_WRITES, 0 },
  { "strlcpy", ESCAPE_LIBC_WRITES, 0 }, { "strlcat", ESCAPE_LIBC_WRITES, 0 },
  /* setjmp saves the registers into its buffer and keeps no pointer:
     a store undone after it stays undone (Lua's luaD_rawrunprotected).  */
  { "setjmp", ESCAPE_LIBC_WRITES, 0 },  { "_setjmp", ESCAPE_LIBC_WRITES, 0 },
  { "sigsetjmp", ESCAPE_LIBC_WRITES, 0 },
  { "__sigsetjmp", ESCAPE_LIBC_WRITES, 0 },
  { "strtol", ESCAPE_LIBC_STRTO, 0 },   { "strtoul", ESCAPE_LIBC_STRTO, 0 },
  { "strtoll", ESCAPE_LIBC_STRTO, 0 },  { "strtoull", ESCAPE_LIBC_STRTO, 0 },
  { "strtod", ESCAPE_LIBC_STRTO, 0 },   { "strtof", ESCAPE_LIBC_STRTO, 0 },
  { "strtold", ESCAPE_LIBC_STRTO, 0 },  { "strtoimax", ESCAPE_LIBC_STRTO, 0 },
  { "strtoumax", ESCAPE_LIBC_STRTO, 0 },
  { "qsort", ESCAPE_LIBC_QSORT, 3 },    { "bsearch", ESCAPE_LIBC_BSEARCH, 4 },
  /* pthread_create (thread, attr, start, arg), thrd_create (thread,
     start, arg).  */
  { "pthread_create", ESCAPE_LIBC_THREAD, 3 },
  { "thrd_create", ESCAPE_LIBC_THREAD, 2 },
  /* clone (fn, stack, flags, arg, ...): a thread runs on STACK.  */
  { "clone", ESCAPE_LIBC_CLONE, 1 },
  /* Searches: the result is NULL or points into the first argument
     (strtok is not one: it keeps its argument for the next call).  */
  { "strstr", ESCAPE_LIBC_SEARCH, 0 },  { "strcasestr", ESCAPE_LIBC_SEARCH, 0 },
  { "strchr", ESCAPE_LIBC_SEARCH, 0 },  { "strrchr", ESCAPE_LIBC_SEARCH, 0 },
  { "strchrnul", ESCAPE_LIBC_SEARCH, 0 }, { "strpbrk", ESCAPE_LIBC_SEARCH, 0 },
  { "memchr", ESCAPE_LIBC_SEARCH, 0 },  { "memrchr", ESCAPE_LIBC_SEARCH, 0 },
  { "rawmemchr", ESCAPE_LIBC_SEARCH, 0 }, { "memmem", ESCAPE_LIBC_SEARCH, 0 },
  { "index", ESCAPE_LIBC_SEARCH, 0 },   { "rindex", ESCAPE_LIBC_SEARCH, 0 },
  { "wcschr", ESCAPE_LIBC_SEARCH, 0 },  { "wcsrchr", ESCAPE_LIBC_SEARCH, 0 },
  { "wcsstr", ESCAPE_LIBC_SEARCH, 0 },  { "wcspbrk", ESCAPE_LIBC_SEARCH, 0 },
  { "wmemchr", ESCAPE_LIBC_SEARCH, 0 },
};

/* Is FNDECL an external function of the C library (or another library):
   public, named, and without a body in this translation unit, so that a
   local definition that happens to share a name is not taken for it?  */
bool
escape_is_library_function (tree fndecl)
{
  return fndecl && DECL_NAME (fndecl) && TREE_PUBLIC (fndecl)
	 && !DECL_SAVED_TREE (fndecl) && !gimple_has_body_p (fndecl);
}

/* The library name of FNDECL: its own, or for one of GCC's built-ins
   spelled __builtin_X (what GCC folds calls into: __builtin_puts for
   printf ("%s\n", p), or what the source wrote), X.  */
static const char *
escape_library_name (tree fndecl)
{
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  static const char prefix[] = "__builtin_";
  if (fndecl_built_in_p (fndecl, BUILT_IN_NORMAL)
      && strncmp (name, prefix, sizeof prefix - 1) == 0)
    return name + sizeof prefix - 1;
  return name;
}

/* Is FNDECL the library's function NAME?  */
bool
escape_library_function_is (tree fndecl, const char *name)
{
  return escape_is_library_function (fndecl)
	 && strcmp (escape_library_name (fndecl), name) == 0;
}

const struct escape_libc_entry *
escape_libc_lookup (tree fndecl)
{
  if (!escape_is_library_function (fndecl))
    return NULL;
  const char *name = escape_library_name (fndecl);
  for (size_t i = 0; i < ARRAY_SIZE (escape_libc_table); i++)
    if (strcmp (name, escape_libc_table[i].name) == 0)
      return &escape_libc_table[i];
  return NULL;
}

/* Linux's CLONE_VM: the child shares the caller's memory, so it runs on
   the stack it is handed and reads the argument where it lies.  */
#define ESCAPE_CLONE_VM 0x100

/* Does clone call CALL (entry E) hand its argument I to a thread: the
   stack (E->arg) or the argument after the flags, when the flags hold
   CLONE_VM or are not a constant?  *KNOWN: the flags are a constant.  */
bool
escape_clone_hands (gcall *call, const struct escape_libc_entry *e,
		    unsigned i, bool *known)
{
  unsigned flags = e->arg + 1;
  *known = flags < gimple_call_num_args (call)
	   && TREE_CODE (gimple_call_arg (call, flags)) == INTEGER_CST;
  if (i != e->arg && i != flags + 1)
    return false;
  return !*known
	 || (TREE_INT_CST_LOW (gimple_call_arg (call, flags)) & ESCAPE_CLONE_VM);
}
