/* solve/paths.h - the CFG walk of the hazard question
   (solve/paths.c).  */

#ifndef ESCAPE_SOLVE_PATHS_H
#define ESCAPE_SOLVE_PATHS_H

#include "graph/graph.h"

/* What a statement does to the fact a walk follows.  */
enum escape_step_effect
{
  ESCAPE_STEP_NONE,	/* nothing: go on */
  ESCAPE_STEP_KILL,	/* the fact ends here: this path is safe */
  ESCAPE_STEP_BLOCK	/* the fact may leak here: give up */
};

typedef enum escape_step_effect (*escape_step_fn) (struct escape_graph *g,
						    gimple *stmt,
						    const void *data);

/* May a walk take edge E?  */
typedef bool (*escape_edge_fn) (edge e, const void *data);

/* How a walk over the paths to the exit ended.  */
enum escape_walk_result
{
  ESCAPE_WALK_KILLED,	/* every path met a kill, or never returns */
  ESCAPE_WALK_BLOCKED,	/* a statement blocked */
  ESCAPE_WALK_LEAVES	/* a path reached the exit */
};

enum escape_walk_result escape_walk_paths (struct escape_graph *g,
					   gimple *start, escape_step_fn step,
					   escape_edge_fn edge_ok,
					   const void *data, bool all,
					   gimple **at);
bool escape_killed_on_all_paths (struct escape_graph *g, gimple *start,
				 escape_step_fn step, const void *data,
				 gimple **why);

#endif /* ESCAPE_SOLVE_PATHS_H */
