/* base/escape.h - the base layer every file of the plugin includes: GCC's
 * headers, the compatibility layer, the plugin's identity and its
 * options.  It declares no stage: each stage has its own header, and a
 * file includes the headers of the stages it uses (docs/architecture.md
 * draws the layers).
 *
 * The GCC headers only compile as C++, so the plugin is built with
 * g++ -x c++, but the code is plain C apart from the pass class GCC
 * requires (escape-plugin.c).  */

#ifndef ESCAPE_H
#define ESCAPE_H

#include "gcc-plugin.h"
#include "tree.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "basic-block.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "gimple-pretty-print.h"
#include "diagnostic-core.h"
#include "intl.h"
#include "stringpool.h"
#include "attribs.h"
#include "cgraph.h"
#include "ssa.h"
#include "tree-dfa.h"
#include "tree-ssa.h"
#include "tree-ssa-alias.h"
#include "gimple-ssa.h"
#include "ssa-iterators.h"
#include "tree-ssa-operands.h"
#include "base/compat.h"

#define ESCAPE_VERSION "0.1.0"

/* The plugin's options, as parsed from -fplugin-arg-NAME-KEY[=VALUE]
   by base/options.c, read by every stage.  */
/* Which hazards warn (hazards=): the definite class only (the default),
   the possible class too, or none (the report keeps them all).  */
enum escape_hazard_warnings
{
  ESCAPE_WARN_DEFINITE,
  ESCAPE_WARN_POSSIBLE,
  ESCAPE_WARN_NONE
};

struct escape_options
{
  int verbose;             /* 0, 1 or 2 */
  const char *report_path; /* NULL when no report is written */
  bool promote;            /* heap-to-stack promotion requested */
  unsigned long promote_limit; /* bytes */
  unsigned long promote_budget; /* bytes of stack buffers per function */
  bool promote_recursive;  /* variable-size buffers in recursive functions */
  const char *promote_skip; /* FILE:LINE[,...]: sites left alone */
  const char *promote_only; /* FILE:LINE[,...]: the only sites promoted
			       (NULL: every site; "": none) */
  const char *allocators;  /* ALLOC:FREE[,...]: the project's allocators */
  bool disable;            /* loaded, but does nothing */
  bool dump;               /* write the pass's dump file */
  bool no_werror;          /* our warnings stay warnings under -Werror */
  bool check_internal;     /* test-only: an incomplete walk is an error */
  bool suggest;            /* note parameters that could be noescape */
  bool embed;              /* records into the object's .escape section */
  enum escape_hazard_warnings hazards; /* which hazards warn */
};

extern struct escape_options escape_opts;

/* The name DECL is declared with, or NULL: every stage names variables,
   parameters and functions this way.  */
static inline const char *
escape_decl_name (tree decl)
{
  return decl && DECL_NAME (decl) ? IDENTIFIER_POINTER (DECL_NAME (decl))
	 : NULL;
}

/* The name the plugin was loaded under (plugin_name_args::base_name,
   "escape" for escape.so): messages and registrations use it.  */
extern const char *escape_plugin_name;

#endif /* ESCAPE_H */
