/* solve/solve.h - solving the escape graph: points-to sets, then which
   objects escape and why (solve/solve.c).  */

#ifndef ESCAPE_SOLVE_SOLVE_H
#define ESCAPE_SOLVE_SOLVE_H

#include "graph/graph.h"

void escape_solve (struct escape_graph *g);
void escape_mark_escapes (struct escape_graph *g);
bool escape_reason_is_hazard (enum escape_reason reason);
bool escape_is_hazardous (struct escape_graph *g, int obj);
bool escape_local_is_hazard (struct escape_graph *g, int obj);

#endif /* ESCAPE_SOLVE_SOLVE_H */
