/* escape.h - declarations shared by the plugin's source files.
 *
 * The plugin is a pipeline; each stage lives in its own file:
 *   escape-plugin.c   plugin_init: version check, options, registration
 *   escape-options.c  -fplugin-arg-escape-* parsing and validation
 *   escape-analyze.c  the pass body: the stages below for one function
 *   escape-build.c    the escape graph from GIMPLE (escape-graph.h)
 *   escape-calls.c    what calls do: allocators, built-ins, summaries,
 *                     the libc table, GCC's EAF flags, unknown calls
 *   escape-cycles.c   cycles of mutual recursion in the call graph
 *   escape-solve.c    points-to sets, then which objects escape and why
 *   escape-summary.c  Go-style parameter summaries for callers
 *   escape-promote.c  heap-to-stack promotion
 *   escape-explain.c  warnings, notes, flow paths and report records
 *   escape-report.c   JSON Lines report buffered per translation unit
 *   escape-compat.h   every difference between GCC 11 to 16
 * The GCC headers only compile as C++, so this is built with g++ -x c++,
 * but the code is plain C apart from the pass class GCC requires.  */

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
#include "stringpool.h"
#include "tree-ssa-operands.h"
#include "escape-compat.h"

#define ESCAPE_PLUGIN_NAME "escape"
#define ESCAPE_VERSION "0.1.0"

/* The plugin's options, as parsed from -fplugin-arg-escape-KEY[=VALUE].  */
struct escape_options
{
  int verbose;             /* 0, 1 or 2 */
  const char *report_path; /* NULL when no report is written */
  bool promote;            /* heap-to-stack promotion requested */
  unsigned long promote_limit; /* bytes */
  bool disable;            /* loaded, but does nothing */
};

extern struct escape_options escape_opts;

/* Default size limit for promotion, in bytes (see docs/promotion.md).  */
#define ESCAPE_DEFAULT_PROMOTE_LIMIT 256UL

/* escape-options.c */
bool escape_parse_options (struct plugin_name_args *info);

/* escape-report.c */
bool escape_report_path_writable (const char *path, const char **why);
void escape_report_register (const char *plugin_name);


/* escape-analyze.c: the pass body, for one function.  */
unsigned int escape_analyze_function (function *fun);
void escape_analyze_register (const char *plugin_name);
bool escape_is_compound_literal (tree decl);


/* escape-report.c: building records.  */
void escape_report_append (const char *text, size_t len);
void escape_report_puts (const char *text);
void escape_report_json_string (const char *text);

#endif /* ESCAPE_H */
