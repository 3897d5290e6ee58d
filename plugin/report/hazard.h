/* report/hazard.h - the words of the definite and possible hazards
   (report/hazard.c).  */

#ifndef ESCAPE_REPORT_HAZARD_H
#define ESCAPE_REPORT_HAZARD_H

#include "report/flow.h"

void escape_write_definite_why (struct escape_graph *g, int obj,
				struct escape_style st,
				struct escape_text *t);
void escape_flow_definite (struct escape_graph *g, int obj,
			   struct escape_flow *f);
void escape_flow_undone (struct escape_graph *g, int obj,
			 struct escape_flow *f);

#endif /* ESCAPE_REPORT_HAZARD_H */
