/* escape-dump.h - what the pass computed, in its dump file
   (-fdump-tree-escape; escape-dump.c).  */

#ifndef ESCAPE_DUMP_H
#define ESCAPE_DUMP_H

#include "escape-graph.h"
#include "escape-summary.h"

void escape_dump_graph (FILE *out, struct escape_graph *g);

#endif /* ESCAPE_DUMP_H */
