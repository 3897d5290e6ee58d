/* base/options.h - parsing -fplugin-arg-NAME-KEY[=VALUE].  */

#ifndef ESCAPE_BASE_OPTIONS_H
#define ESCAPE_BASE_OPTIONS_H

#include "base/escape.h"

/* Default size limit for promotion, in bytes (see docs/promotion.md).  */
#define ESCAPE_DEFAULT_PROMOTE_LIMIT 256UL
/* The largest limit promote=BYTES accepts.  */
#define ESCAPE_MAX_PROMOTE_LIMIT 65536UL

/* Default stack bytes promotion may add to one function's frame.  */
#define ESCAPE_DEFAULT_PROMOTE_BUDGET 1024UL
/* The largest budget promote-budget=BYTES accepts.  */
#define ESCAPE_MAX_PROMOTE_BUDGET (1024UL * 1024UL)

/* No shape given by allocator= (an index of a shape otherwise).  */
#define ESCAPE_SHAPE_NONE (-1)
/* The largest argument index an allocator= shape may name.  */
#define ESCAPE_MAX_SHAPE_INDEX 63

/* One item ALLOC[/SIZE]:FREE[/PTR] of allocator=, split.  */
struct escape_allocator_item
{
  const char *alloc;		/* not NUL-terminated: ALLOC_LEN bytes */
  size_t alloc_len;
  const char *free;		/* FREE_LEN bytes */
  size_t free_len;
  int size;			/* the size's index, or ESCAPE_SHAPE_NONE */
  int count;			/* COUNT of COUNT*SIZE, or ESCAPE_SHAPE_NONE */
  int ptr;			/* the freed pointer's index, or NONE */
};

bool escape_allocator_size_shape (const char *alloc, int *size, int *count);
int escape_allocator_free_shape (const char *free);
bool escape_site_listed (const char *list, const char *file, int line);
bool escape_allocator_listed (const char *alloc, const char *free);
bool escape_parse_options (struct plugin_name_args *info);

#endif /* ESCAPE_BASE_OPTIONS_H */
