/* solve/outlives.h - whether an escaping address outlives the frame
   (solve/outlives.c).  */

#ifndef ESCAPE_SOLVE_OUTLIVES_H
#define ESCAPE_SOLVE_OUTLIVES_H

#include "graph/graph.h"

void escape_compute_outlives (struct escape_graph *g);

#endif /* ESCAPE_SOLVE_OUTLIVES_H */
