/* solve/undo.h - may a statement undo an address kept in a location
   (solve/undo.c).  */

#ifndef ESCAPE_SOLVE_UNDO_H
#define ESCAPE_SOLVE_UNDO_H

#include "graph/graph.h"
#include "solve/paths.h"

/* Memory that outlives the frame and holds an address.  */
struct escape_location
{
  tree ref;		/* the location as GCC writes it, or NULL when only
			   its objects are known */
  tree global;		/* the global variable it lies in, or NULL */
  bitmap objs;		/* the objects it may lie in */
  bitmap reach;		/* ...and those a pointer may reach it through
			   (solve/undo.c), made when first asked */
  bool any_global;	/* some global this unit cannot name (where a
			   callee of another file keeps an address):
			   whatever may write a global may undo it */
  /* Where it is reached from, for what code nothing is known of can
     reach (the definite class's assumption, solve/undo.c).  */
  bool rooted;		/* ROOT_GLOBAL is known */
  tree root_global;	/* in this global or below it; NULL: in memory
			   of the caller (through a parameter), the
			   result, or the frame */
};

void escape_location_init (struct escape_graph *g,
			   struct escape_location *loc);
void escape_location_root (struct escape_location *loc, tree global);
bool escape_may_undo (struct escape_graph *g, gimple *stmt,
		      const struct escape_location *loc);
enum escape_step_effect escape_undo_kills (struct escape_graph *g,
					   gimple *stmt, const void *data);
enum escape_step_effect escape_undo_blocks (struct escape_graph *g,
					    gimple *stmt, const void *data);

#endif /* ESCAPE_SOLVE_UNDO_H */
