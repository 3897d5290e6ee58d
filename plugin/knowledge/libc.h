/* knowledge/libc.h - what the plugin knows of the C library's functions
   that GCC does not describe (knowledge/libc.c).  */

#ifndef ESCAPE_KNOWLEDGE_LIBC_H
#define ESCAPE_KNOWLEDGE_LIBC_H

#include "base/escape.h"

enum escape_libc_kind
{
  ESCAPE_LIBC_READS,	/* reads through pointer arguments, keeps none */
  ESCAPE_LIBC_WRITES,	/* also writes bytes through them */
  ESCAPE_LIBC_STRTO,	/* strtol family: *endptr = nptr + n */
  ESCAPE_LIBC_QSORT,	/* qsort (base, n, size, cmp) */
  ESCAPE_LIBC_BSEARCH,	/* bsearch (key, base, n, size, cmp) */
  ESCAPE_LIBC_THREAD,	/* starts a thread on argument ARG */
  ESCAPE_LIBC_CLONE,	/* clone (fn, stack, flags, arg, ...): with
			   CLONE_VM in FLAGS (or flags not known), the
			   stack ARG and the argument after FLAGS are
			   handed to a thread */
  ESCAPE_LIBC_SEARCH	/* reads its arguments; the result points into
			   argument ARG (strstr, strchr, memchr) */
};

struct escape_libc_entry
{
  const char *name;
  enum escape_libc_kind kind;
  unsigned arg;		/* qsort/bsearch: the comparator; threads: the
			   argument handed to the thread; searches: the
			   argument the result points into */
};

bool escape_is_library_function (tree fndecl);
bool escape_library_function_is (tree fndecl, const char *name);
const struct escape_libc_entry *escape_libc_lookup (tree fndecl);
bool escape_clone_hands (gcall *call, const struct escape_libc_entry *e,
			 unsigned i, bool *known);

#endif /* ESCAPE_KNOWLEDGE_LIBC_H */
