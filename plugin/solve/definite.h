/* solve/definite.h - the definite class of hazards and the must-flow it
   is made of (solve/mustflow.c, solve/roots.c, solve/definite.c,
   solve/definite-calls.c), and the summaries' must-keep and
   must-return (solve/mustkeep.c).  */

#ifndef ESCAPE_SOLVE_DEFINITE_H
#define ESCAPE_SOLVE_DEFINITE_H

#include "graph/graph.h"
#include "solve/undo.h"
#include "knowledge/libc.h"

/* Where a pointer certainly comes from: parameter PARAM's memory LEVEL
   dereferences down (1: what it points to), or global GLOBAL (PARAM
   -1).  */
struct escape_root
{
  int param;
  int level;
  tree global;
};

/* solve/mustflow.c */
int escape_root_object (const struct escape_graph *g, int obj);
bool escape_value_must_be (struct escape_graph *g, tree value, int obj,
			   bool all_arms);
bool escape_null_pointer_p (tree v);
bool escape_edge_excludes (struct escape_graph *g, edge e, tree v, int obj);
bool escape_value_must_be_or_null (struct escape_graph *g, tree value,
				   int obj);
/* solve/roots.c */
bool escape_pointer_root (struct escape_graph *g, tree ptr,
			  struct escape_root *r, int depth);
bool escape_outliving_location (struct escape_graph *g, tree ref,
				struct escape_location *loc,
				struct escape_root *r);
bool escape_kept_location (struct escape_graph *g, gcall *call,
			   const struct escape_param_summary *p,
			   struct escape_location *loc);
struct escape_definite_step *escape_new_step (struct escape_graph *g,
					      enum escape_step_kind kind,
					      gimple *stmt, tree value);
bool escape_points_outside (struct escape_graph *g, tree ptr);
bool escape_try_step (struct escape_graph *g, int obj,
		      struct escape_definite_step *s,
		      struct escape_location *loc);

bool escape_value_is (tree value, tree ptr, bitmap from, int depth);
void escape_reachable_blocks (gimple *stmt, bitmap reach);
bool escape_returned_if_callee_returns (struct escape_graph *g, int obj,
					gcall *call, int arg);

/* solve/definite.c */
void escape_compute_definite (struct escape_graph *g, bool undo_calls);

/* solve/definite-calls.c */
bool escape_definite_thread (struct escape_graph *g, int obj, gcall *call,
			     const struct escape_libc_entry *entry);
bool escape_definite_clone (struct escape_graph *g, int obj, gcall *call,
			    const struct escape_libc_entry *entry);
bool escape_definite_kept (struct escape_graph *g, int obj, gcall *call);

/* solve/mustkeep.c */
void escape_param_must_keep (struct escape_graph *g, int index,
			     struct escape_param_summary *p);
bool escape_param_must_return (struct escape_graph *g, int index);
bool escape_kept_if_callee_keeps (struct escape_graph *g, int obj,
				  gcall *call, int arg);

#endif /* ESCAPE_SOLVE_DEFINITE_H */
