/* report/diagnose.h - warnings and notes (report/diagnose.c).  */

#ifndef ESCAPE_REPORT_DIAGNOSE_H
#define ESCAPE_REPORT_DIAGNOSE_H

#include "report/explain.h"

void escape_diagnose_object (struct escape_graph *g, int obj,
			     const struct escape_flow *flow);
bool escape_hazard_by_step (struct escape_graph *g, int obj);
void escape_diagnose_param (const struct escape_param_view *v);
void escape_diagnose_noescape_violation (const struct escape_param_view *v);

#endif /* ESCAPE_REPORT_DIAGNOSE_H */
