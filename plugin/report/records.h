/* report/records.h - the report's records (report/records.c).  */

#ifndef ESCAPE_REPORT_RECORDS_H
#define ESCAPE_REPORT_RECORDS_H

#include "report/explain.h"

void escape_record_object (struct escape_graph *g, int obj,
			   const struct escape_flow *f);
void escape_record_param (struct escape_graph *g,
			  const struct escape_param_view *v);

#endif /* ESCAPE_REPORT_RECORDS_H */
