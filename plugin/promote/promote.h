/* promote/promote.h - heap-to-stack promotion: deciding
   (promote/decide.c), then rewriting (promote/rewrite.c).  */

#ifndef ESCAPE_PROMOTE_PROMOTE_H
#define ESCAPE_PROMOTE_PROMOTE_H

#include "graph/graph.h"

void escape_promote_decide (struct escape_graph *g);
unsigned int escape_promote_apply (struct escape_graph *g);

#endif /* ESCAPE_PROMOTE_PROMOTE_H */
