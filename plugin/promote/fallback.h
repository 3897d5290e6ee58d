/* promote/fallback.h - the run-time choice between a stack buffer
   and the heap for a site of variable size (promote/fallback.c).  */

#ifndef ESCAPE_PROMOTE_FALLBACK_H
#define ESCAPE_PROMOTE_FALLBACK_H

#include "base/escape.h"
#include "knowledge/alloc.h"

void escape_promote_fallback_site (gcall *call, tree allocator, tree buf,
				   unsigned HOST_WIDE_INT limit);
void escape_promote_fallback_free (gimple *free_stmt, int arg, tree buf);
void escape_promote_write_usable (gimple_stmt_iterator *gsi, gcall *call,
				  const struct escape_alloc_info *info,
				  unsigned HOST_WIDE_INT bytes);
void escape_promote_fallback_finish (function *fun);

#endif /* ESCAPE_PROMOTE_FALLBACK_H */
