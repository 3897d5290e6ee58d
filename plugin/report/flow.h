/* report/flow.h - flow paths (report/flow.c).  */

#ifndef ESCAPE_REPORT_FLOW_H
#define ESCAPE_REPORT_FLOW_H

#include "report/describe.h"

struct escape_step
{
  location_t loc;
  char *diag;	/* text with GCC's quotes */
  char *json;	/* text with plain quotes */
};

/* A path shows at most this many steps.  */
#define ESCAPE_MAX_STEPS 40

struct escape_flow
{
  vec<escape_step> steps;
  int shown;		/* the object named at the origin, or -1 */
};

/* A step's text in quoting style ST, from DATA.  */
typedef void (*escape_step_writer) (struct escape_graph *g, const void *data,
				    struct escape_style st,
				    struct escape_text *t);

void escape_flow_add (struct escape_graph *g, struct escape_flow *f,
		      location_t loc, escape_step_writer write,
		      const void *data);
location_t escape_step_loc (struct escape_graph *g, gimple *stmt, int from,
			    location_t fallback);
void escape_write_origin (struct escape_graph *g, const void *data,
			  struct escape_style st, struct escape_text *t);
void escape_write_assigned (struct escape_graph *g, const void *data,
			    struct escape_style st, struct escape_text *t);
void escape_flow_release (struct escape_flow *f);
void escape_flow_chain (struct escape_graph *g, int node, int obj,
			struct escape_flow *f, gimple *consumer);
void escape_flow_event (struct escape_graph *g, int obj, int event,
			struct escape_flow *f);
void escape_flow_of (struct escape_graph *g, int obj, struct escape_flow *f);

#endif /* ESCAPE_REPORT_FLOW_H */
