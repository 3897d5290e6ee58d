/* lower/statements.h - lowering a function's GIMPLE into its escape graph
   (lower/statements.c).  */

#ifndef ESCAPE_LOWER_STATEMENTS_H
#define ESCAPE_LOWER_STATEMENTS_H

#include "graph/graph.h"

void escape_build (struct escape_graph *g);

#endif /* ESCAPE_LOWER_STATEMENTS_H */
