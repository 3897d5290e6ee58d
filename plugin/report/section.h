/* report/section.h - a unit's records in the compact form of the object's
   .escape section (report/section.c; the format is in docs/reports.md).  */

#ifndef ESCAPE_REPORT_SECTION_H
#define ESCAPE_REPORT_SECTION_H

#include "base/escape.h"

/* The version of the section's format, in each unit's header and in the
   unit's first record ({"escape_unit":N,...}).  */
#define ESCAPE_SECTION_VERSION 4

unsigned char *escape_section_encode (const char *text, size_t len,
				      size_t *size, const char **problem);

#endif /* ESCAPE_REPORT_SECTION_H */
