/* escape-depends.h - conditional decisions: what an object's escape
   depends on in other files (escape-depends.c).  */

#ifndef ESCAPE_DEPENDS_H
#define ESCAPE_DEPENDS_H

#include "escape-graph.h"

void escape_compute_depends (struct escape_graph *g);
const escape_dep *escape_object_deps (const struct escape_graph *g, int obj,
				      unsigned *n);

#endif /* ESCAPE_DEPENDS_H */
