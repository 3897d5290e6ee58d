/* report/sink.h - the report's text, appended to FILE at the end of the
   translation unit (report/sink.c).  */

#ifndef ESCAPE_REPORT_SINK_H
#define ESCAPE_REPORT_SINK_H

#include "base/escape.h"

void escape_sink_register (const char *plugin_name, const char *path);
bool escape_sink_active (void);
void escape_sink_append (const char *text, size_t len);
void escape_sink_puts (const char *text);
void escape_sink_json_string (const char *text);

#endif /* ESCAPE_REPORT_SINK_H */
