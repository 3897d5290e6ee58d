/* knowledge/cycles.h - cycles of mutual recursion in the call graph
   (knowledge/cycles.c).  */

#ifndef ESCAPE_KNOWLEDGE_CYCLES_H
#define ESCAPE_KNOWLEDGE_CYCLES_H

#include "base/escape.h"

bool escape_same_cycle (tree a, tree b);
bool escape_is_recursive (tree fndecl);

#endif /* ESCAPE_KNOWLEDGE_CYCLES_H */
