/* report/json.h - one line of the report's JSON read back into a tree of
   values (report/json.c), for the compact .escape section.  */

#ifndef ESCAPE_REPORT_JSON_H
#define ESCAPE_REPORT_JSON_H

#include "base/escape.h"

/* The kinds of JSON value.  The numbers are the tags of the section's
   format (docs/reports.md): do not reorder.  */
enum escape_json_kind
{
  ESCAPE_JSON_NULL,
  ESCAPE_JSON_FALSE,
  ESCAPE_JSON_TRUE,
  ESCAPE_JSON_INT,
  ESCAPE_JSON_STRING,
  ESCAPE_JSON_LIST,
  ESCAPE_JSON_OBJECT,
  ESCAPE_JSON_KINDS
};

/* One value.  Strings (a string value, a member's key) are offsets into
   the document's text, NUL-terminated; -1 when absent.  */
struct escape_json_value
{
  enum escape_json_kind kind;
  HOST_WIDE_INT num;	/* ESCAPE_JSON_INT */
  int str;		/* ESCAPE_JSON_STRING */
  int key;		/* a member of an object: its key */
  int first;		/* a list or an object: its first element, or -1 */
  int next;		/* the next element of the same list or object, or -1 */
  int count;		/* a list or an object: how many elements */
};

/* One parsed line: values[0] is the top-level value.  */
struct escape_json_doc
{
  vec<escape_json_value> values;
  vec<char> text;
};

bool escape_json_parse (struct escape_json_doc *doc, const char *line,
			size_t len, const char **problem);
void escape_json_release (struct escape_json_doc *doc);

static inline const char *
escape_json_text (const struct escape_json_doc *doc, int offset)
{
  return &doc->text[offset];
}

#endif /* ESCAPE_REPORT_JSON_H */
