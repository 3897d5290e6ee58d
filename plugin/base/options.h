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

bool escape_site_listed (const char *list, const char *file, int line);
bool escape_allocator_listed (const char *alloc, const char *free);
bool escape_parse_options (struct plugin_name_args *info);

#endif /* ESCAPE_BASE_OPTIONS_H */
