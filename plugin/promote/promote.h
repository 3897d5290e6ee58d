/* escape-promote.h - heap-to-stack promotion: deciding
   (escape-promote-decide.c), then rewriting (escape-promote-rewrite.c).  */

#ifndef ESCAPE_PROMOTE_H
#define ESCAPE_PROMOTE_H

#include "escape-graph.h"

void escape_promote_decide (struct escape_graph *g);
unsigned int escape_promote_apply (struct escape_graph *g);

#endif /* ESCAPE_PROMOTE_H */
