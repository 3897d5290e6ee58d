/* summarize/summarize.h - the summary of a solved function
   (summarize/summarize.c).  */

#ifndef ESCAPE_SUMMARIZE_SUMMARIZE_H
#define ESCAPE_SUMMARIZE_SUMMARIZE_H

#include "graph/graph.h"
#include "graph/summary.h"

struct escape_summary *escape_summary_compute (struct escape_graph *g);

#endif /* ESCAPE_SUMMARIZE_SUMMARIZE_H */
