/* escape-records.h - the report's records (escape-records.c).  */

#ifndef ESCAPE_RECORDS_H
#define ESCAPE_RECORDS_H

#include "escape-explain.h"

void escape_record_object (struct escape_graph *g, int obj,
			   const struct escape_flow *f);
void escape_record_param (struct escape_graph *g,
			  const struct escape_param_view *v);

#endif /* ESCAPE_RECORDS_H */
