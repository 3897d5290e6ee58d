/* report/dump.h - what the pass computed, in its dump file
   (-fdump-tree-escape; report/dump.c).  */

#ifndef ESCAPE_REPORT_DUMP_H
#define ESCAPE_REPORT_DUMP_H

#include "graph/graph.h"
#include "graph/summary.h"

void escape_dump_graph (FILE *out, struct escape_graph *g);

#endif /* ESCAPE_REPORT_DUMP_H */
