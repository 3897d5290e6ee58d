/* knowledge/alloc.h - the allocator family: what allocates, how big, how
   aligned, whether it zeroes, what frees it (knowledge/alloc.c).  Lowering,
   promotion and messages all ask this one table.  */

#ifndef ESCAPE_KNOWLEDGE_ALLOC_H
#define ESCAPE_KNOWLEDGE_ALLOC_H

#include "base/escape.h"

enum escape_alloc_kind
{
  ESCAPE_ALLOC_NONE,
  ESCAPE_ALLOC_MALLOC,		/* malloc (size) */
  ESCAPE_ALLOC_CALLOC,		/* calloc (n, size), zeroed */
  ESCAPE_ALLOC_REALLOC,		/* realloc (old, size) */
  ESCAPE_ALLOC_ALIGNED,		/* aligned_alloc (align, size) */
  ESCAPE_ALLOC_STRDUP,		/* strdup (s) */
  ESCAPE_ALLOC_STRNDUP,		/* strndup (s, n) */
  ESCAPE_ALLOC_POSIX_MEMALIGN,	/* posix_memalign (&p, align, size) */
  ESCAPE_ALLOC_MEMALIGN,	/* memalign (align, size) */
  ESCAPE_ALLOC_REALLOCARRAY,	/* reallocarray (old, n, size) */
  ESCAPE_ALLOC_VALLOC,		/* valloc (size), pvalloc (size) */
  ESCAPE_ALLOC_ATTRIBUTE,	/* any function with __attribute__ ((malloc)) */
  ESCAPE_ALLOC_USER,		/* named by allocator=ALLOC:FREE */
  ESCAPE_ALLOC_FRAME		/* alloca and VLAs: frame memory, not heap */
};

/* No such argument.  */
#define ESCAPE_NO_ARG (-1)

struct escape_alloc_info
{
  enum escape_alloc_kind kind;
  bool builtin;		/* a GCC built-in with a matching prototype: it
			   only reads its arguments */
  int size_arg;		/* the size in bytes (per element for calloc) */
  int count_arg;	/* calloc, reallocarray: the element count */
  int align_arg;	/* the alignment asked for */
  int old_arg;		/* realloc, reallocarray: the block resized */
  int out_arg;		/* posix_memalign: the object is stored here */
  int string_arg;	/* strdup, strndup: the string copied */
  int max_arg;		/* strndup: at most this many bytes copied */
  int usable_arg;	/* allocator=: a size_t * the allocator writes the
			   usable size to (zmalloc_usable (n, &usable)) */
  bool zeroes;		/* the memory starts zeroed */
  bool user;		/* named by allocator=: freed by its own FREE */
  bool promotable;	/* heap-to-stack promotion may replace it */
  const char *refusal;	/* when not promotable: why, in the report's
			   not_promoted vocabulary */
};

bool escape_alloc_classify (gcall *call, tree fndecl,
			    struct escape_alloc_info *info);
int escape_alloc_freed_arg (gimple *stmt);
bool escape_alloc_is_free (gimple *stmt);
bool escape_alloc_frees_site (gimple *free_stmt, tree allocator,
			      const struct escape_alloc_info *info);
bool escape_call_is_builtin (gcall *call);
const char *escape_alloc_display_name (tree allocator);
unsigned escape_malloc_alignment (void);
bool escape_alloc_may_throw (function *fun, gimple *call);

#endif /* ESCAPE_KNOWLEDGE_ALLOC_H */
