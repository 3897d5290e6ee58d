/* solve/outlives.h - whether an escaping address outlives the frame
   (solve/outlives.c).  */

#ifndef ESCAPE_SOLVE_OUTLIVES_H
#define ESCAPE_SOLVE_OUTLIVES_H

#include "graph/graph.h"

void escape_compute_outlives (struct escape_graph *g);

/* Shared with the definite class (solve/definite.c).  */
bool escape_arg_may_reach (struct escape_graph *g, tree arg, bitmap objs,
			   int from);
bool escape_ref_objects (struct escape_graph *g, tree ref, bitmap out);
bool escape_refs_may_overlap (struct escape_graph *g, tree a, tree b);
bool escape_is_join_of (gimple *stmt, tree handle);

#endif /* ESCAPE_SOLVE_OUTLIVES_H */
