/* escape-cycles.h - cycles of mutual recursion in the call graph
   (escape-cycles.c).  */

#ifndef ESCAPE_CYCLES_H
#define ESCAPE_CYCLES_H

#include "escape.h"

bool escape_same_cycle (tree a, tree b);
bool escape_is_recursive (tree fndecl);

#endif /* ESCAPE_CYCLES_H */
