/* lower/callee.h - calls to analysed functions, and the helpers
   of call lowering (lower/callee.c).  */

#ifndef ESCAPE_LOWER_CALLEE_H
#define ESCAPE_LOWER_CALLEE_H

#include "graph/graph.h"
#include "graph/summary.h"

int escape_arg_node (struct escape_graph *g, gcall *call, int i);
void escape_call_result (struct escape_graph *g, gcall *call, int value);
bool escape_result_may_be_pointer (gcall *call);
int escape_reachable_node (struct escape_graph *g, int node, gimple *stmt);
int escape_deref_node (struct escape_graph *g, int node, int levels,
		       gimple *stmt);
void escape_static_chain (struct escape_graph *g, gcall *call, tree callee);
void escape_call_unknown (struct escape_graph *g, gcall *call, tree callee);
struct escape_summary *escape_callee_summary (tree fndecl, tree *target);
bool escape_function_defined_here (tree fndecl);
struct escape_summary *escape_call_summary (struct escape_graph *g,
					    gcall *call);
void escape_apply_summary (struct escape_graph *g, gcall *call, tree callee,
			   struct escape_summary *s, bool with_result);
void escape_call_self (struct escape_graph *g, gcall *call);
void escape_add_call_event (struct escape_graph *g, int node, gcall *call,
			    tree callee, bool hazard, int arg, int level);
bool escape_summary_is_transparent (gcall *call,
				    const struct escape_summary *s);

#endif /* ESCAPE_LOWER_CALLEE_H */
