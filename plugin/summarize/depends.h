/* summarize/depends.h - conditional decisions: what an object's escape
   depends on in other files (summarize/depends.c).  */

#ifndef ESCAPE_SUMMARIZE_DEPENDS_H
#define ESCAPE_SUMMARIZE_DEPENDS_H

#include "graph/graph.h"

void escape_compute_depends (struct escape_graph *g);
const escape_dep *escape_object_deps (const struct escape_graph *g, int obj,
				      unsigned *n);

#endif /* ESCAPE_SUMMARIZE_DEPENDS_H */
