/* lower/call.h - lowering of calls (lower/call.c).  */

#ifndef ESCAPE_LOWER_CALL_H
#define ESCAPE_LOWER_CALL_H

#include "graph/graph.h"

void escape_build_call (struct escape_graph *g, gcall *call);

#endif /* ESCAPE_LOWER_CALL_H */
