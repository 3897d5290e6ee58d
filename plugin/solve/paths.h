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

bool escape_killed_on_all_paths (struct escape_graph *g, gimple *start,
				 escape_step_fn step, const void *data,
				 gimple **why);

#endif /* ESCAPE_SOLVE_PATHS_H */
