/* report/explain.h - a solved function's decisions, in source order, as
   warnings, notes and report records (report/explain.c), and the view
   of one parameter's decision that report/diagnose.c and
   report/records.c both show.  */

#ifndef ESCAPE_REPORT_EXPLAIN_H
#define ESCAPE_REPORT_EXPLAIN_H

#include "report/flow.h"
#include "graph/summary.h"

/* What the user is told about a parameter.  */
struct escape_param_view
{
  const char *name;
  location_t loc;
  int index;		/* 0-based */
  bool leaks;		/* leaking param: p (kept, or stored through another) */
  bool leaks_content;	/* leaking param content: p */
  int result_level;	/* leaking param: p to result level=N, or -1 */
  unsigned result_levels; /* every level it is returned at */
  bool freed;
  bool escapes;
  const char *reason;	/* the report's reason keyword, or NULL */
  bool stored;		/* stored through another parameter */
  bool noescape;	/* declared noescape (frontend/attribute.c) */
  bool kept;		/* kept beyond the call: what noescape forbids */
  bool suggest;		/* suggest: could be declared noescape */
  bool must_keep;	/* kept in a global on every path, and left there
			   (solve/mustkeep.c) */
  bool outlives;	/* kept beyond the caller's frame on some path, in a
			   global or a thread (by itself or a same-file
			   callee): the summary's keeps_beyond */
  bool must_return;	/* returned on every path that returns
			   (solve/mustkeep.c) */
  unsigned writes;	/* may-write through it, by level */
  const struct escape_summary *summary;	/* the function's, for its
					   may-write beyond the parameters */
  struct escape_flow flow;
};

void escape_explain (struct escape_graph *g,
		     const struct escape_summary *summary);

#endif /* ESCAPE_REPORT_EXPLAIN_H */
