/* summarize/writes.h - what a function may write, for its summary
   (summarize/writes.c).  */

#ifndef ESCAPE_SUMMARIZE_WRITES_H
#define ESCAPE_SUMMARIZE_WRITES_H

#include "graph/graph.h"
#include "graph/summary.h"

void escape_summarize_writes (struct escape_graph *g,
			      struct escape_summary *s);

#endif /* ESCAPE_SUMMARIZE_WRITES_H */
