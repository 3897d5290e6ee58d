/* escape-lower.h - lowering a function's GIMPLE into its escape graph
   (escape-lower.c).  */

#ifndef ESCAPE_LOWER_H
#define ESCAPE_LOWER_H

#include "escape-graph.h"

void escape_build (struct escape_graph *g);

#endif /* ESCAPE_LOWER_H */
