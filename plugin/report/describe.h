/* report/describe.h - the words of messages and records
   (report/describe.c).  */

#ifndef ESCAPE_REPORT_DESCRIBE_H
#define ESCAPE_REPORT_DESCRIBE_H

#include "graph/graph.h"

/* A growable string.  */
struct escape_text
{
  char *buf;
  size_t len, cap;
};

void escape_text_add (struct escape_text *t, const char *fmt, ...)
  ATTRIBUTE_PRINTF_2;
void escape_text_clear (struct escape_text *t);

/* How quotes are written.  */
struct escape_style
{
  const char *open, *close;
};

struct escape_style escape_diag_style (void);
extern const struct escape_style escape_json_style;

/* What a flow step or a message is about.  */
struct escape_step_data
{
  int obj;		/* the object the step is about */
  int other;		/* container object, or -1 */
  tree name_decl;	/* a declaration to name */
  const char *name;	/* a name */
  gimple *stmt;
  enum escape_reason reason;
};

const char *escape_ssa_user_name (tree ssa);
bool escape_is_frame_object (const escape_object *o);
void escape_describe_object (struct escape_graph *g, int obj,
			     struct escape_style st, struct escape_text *t);
tree escape_stored_global (gimple *stmt);
void escape_write_stored (struct escape_graph *g, const void *data,
			  struct escape_style st, struct escape_text *t);
void escape_write_event (struct escape_graph *g, const void *data,
			 struct escape_style st, struct escape_text *t);
location_t escape_stmt_loc (gimple *stmt, location_t fallback);
bool escape_is_nameable (struct escape_graph *g, int obj);
location_t escape_object_loc (struct escape_graph *g, int obj);
const char *escape_reason_keyword (enum escape_reason r);
void escape_write_why (struct escape_graph *g, int obj,
		       struct escape_style st, struct escape_text *t);
void escape_write_object_decision (struct escape_graph *g, int obj,
				   struct escape_style st,
				   struct escape_text *t);

#endif /* ESCAPE_REPORT_DESCRIBE_H */
