/* escape-summarize.h - the summary of a solved function
   (escape-summarize.c).  */

#ifndef ESCAPE_SUMMARIZE_H
#define ESCAPE_SUMMARIZE_H

#include "escape-graph.h"
#include "escape-summary.h"

struct escape_summary *escape_summary_compute (struct escape_graph *g);

#endif /* ESCAPE_SUMMARIZE_H */
