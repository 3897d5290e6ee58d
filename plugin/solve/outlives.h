/* escape-outlives.h - whether an escaping address outlives the frame
   (escape-outlives.c).  */

#ifndef ESCAPE_OUTLIVES_H
#define ESCAPE_OUTLIVES_H

#include "escape-graph.h"

void escape_compute_outlives (struct escape_graph *g);

#endif /* ESCAPE_OUTLIVES_H */
