/* report/records.c - the report's JSON schema: one JSON Lines record
 * per decision, in the format of docs/interface.md, handed to the sink
 * (report/sink.c).  The fields every record starts with are laid out in
 * one place; then the kind's own fields; then the flow.  */

#include "report/records.h"
#include "knowledge/alloc.h"
#include "report/sink.h"
#include "solve/solve.h"
#include "summarize/depends.h"
#include "diagnostic.h"

/* The report's schema version: bumped when a field is renamed or
   removed.  */
#define ESCAPE_REPORT_SCHEMA 1

/* The column of X as GCC's warnings print it (a tab counts to the next
   tab stop unless -fdiagnostics-column-unit=byte), so that a record and
   its warning name the same place; 0 when unknown.  */
static int
escape_record_column (expanded_location x)
{
  return x.column > 0 ? ESCAPE_DIAGNOSTIC_COLUMN (x) : 0;
}

static void
escape_json_flow (const struct escape_flow *f)
{
  escape_sink_puts (",\"flow\":[");
  for (unsigned i = 0; i < f->steps.length (); i++)
    {
      expanded_location x = expand_location (f->steps[i].loc);
      char num[64];
      escape_sink_puts (i ? ",{\"file\":" : "{\"file\":");
      escape_sink_json_string (x.file ? x.file : "");
      snprintf (num, sizeof num, ",\"line\":%d,\"column\":%d,\"note\":",
		x.line, escape_record_column (x));
      escape_sink_puts (num);
      escape_sink_json_string (f->steps[i].json);
      escape_sink_puts ("}");
    }
  escape_sink_puts ("]");
}

/* The fields every record starts with.  */
static void
escape_json_begin (struct escape_graph *g, location_t loc, const char *kind,
		   const char *name)
{
  expanded_location x = expand_location (loc);
  char num[64];
  char head[32];
  snprintf (head, sizeof head, "{\"schema\":%d,\"file\":",
	    ESCAPE_REPORT_SCHEMA);
  escape_sink_puts (head);
  escape_sink_json_string (x.file ? x.file : "");
  snprintf (num, sizeof num, ",\"line\":%d,\"column\":%d,\"function\":",
	    x.line, escape_record_column (x));
  escape_sink_puts (num);
  escape_sink_json_string (function_name (g->fun));
  escape_sink_puts (",\"kind\":");
  escape_sink_json_string (kind);
  escape_sink_puts (",\"name\":");
  escape_sink_json_string (name);
}

/* Append ITEM to a JSON list of strings; *FIRST tracks the comma.  */
static void
escape_json_list_item (bool *first, const char *item)
{
  if (!*first)
    escape_sink_puts (",");
  *first = false;
  escape_sink_json_string (item);
}

static void
escape_json_reason (bool escapes, const char *reason)
{
  escape_sink_puts (escapes ? ",\"escapes\":true,\"reason\":"
			      : ",\"escapes\":false,\"reason\":");
  if (reason)
    escape_sink_json_string (reason);
  else
    escape_sink_puts ("null");
}

/* The calls to other files OBJ's escape depends on (summarize/depends.c):
   ,"depends":[{"callee":"keep","arg":0,"level":0,"must":true,
   "result":null,"returns":false},...].  */
static void
escape_json_depends (struct escape_graph *g, int obj)
{
  unsigned n;
  const escape_dep *d = obj >= 0 ? escape_object_deps (g, obj, &n) : NULL;
  if (!d || !g->objects[obj].escapes)
    return;
  escape_sink_puts (",\"depends\":[");
  for (unsigned i = 0; i < n; i++)
    {
      escape_sink_puts (i ? ",{\"callee\":" : "{\"callee\":");
      escape_sink_json_string (escape_decl_name (d[i].callee));
      char num[64];
      snprintf (num, sizeof num, ",\"arg\":%d,\"level\":%d,\"must\":%s",
		d[i].arg, d[i].level, d[i].must ? "true" : "false");
      escape_sink_puts (num);
      if (d[i].result < 0)
	escape_sink_puts (",\"result\":null");
      else
	{
	  snprintf (num, sizeof num, ",\"result\":%d", d[i].result);
	  escape_sink_puts (num);
	}
      escape_sink_puts (d[i].returns ? ",\"returns\":true}"
				     : ",\"returns\":false}");
    }
  escape_sink_puts ("]");
}

/* The most calls of other files a possible hazard's record lists (more:
   none, and link leaves it possible).  */
#define ESCAPE_MAX_UNDO_CALLS 8

/* The calls of other files that alone keep possible hazard OBJ from the
   definite class (solve/definite.c):
   ,"undo":[{"callee":"log_it","args":[0],"global":"g","global_memory":
   false},...].  */
static void
escape_json_undo (struct escape_graph *g, int obj)
{
  const escape_object *o = &g->objects[obj];
  int root = o->alias_of >= 0 ? o->alias_of : obj;
  unsigned n = 0;
  for (unsigned i = 0; i < g->undo_calls.length (); i++)
    n += g->undo_calls[i].obj == root;
  if (n == 0 || n > ESCAPE_MAX_UNDO_CALLS)
    return;
  escape_sink_puts (",\"undo\":[");
  bool first = true;
  for (unsigned i = 0; i < g->undo_calls.length (); i++)
    {
      const escape_undo_call *u = &g->undo_calls[i];
      if (u->obj != root)
	continue;
      escape_sink_puts (first ? "{\"callee\":" : ",{\"callee\":");
      first = false;
      escape_sink_json_string (escape_decl_name (u->callee));
      escape_sink_puts (",\"args\":[");
      bool first_arg = true;
      for (unsigned k = 0; k < sizeof u->args * CHAR_BIT; k++)
	if (u->args & (1u << k))
	  {
	    char num[16];
	    snprintf (num, sizeof num, "%s%u", first_arg ? "" : ",", k);
	    escape_sink_puts (num);
	    first_arg = false;
	  }
      escape_sink_puts ("],\"global\":");
      if (u->global && escape_decl_name (u->global))
	escape_sink_json_string (escape_decl_name (u->global));
      else
	escape_sink_puts ("null");
      escape_sink_puts (u->global_memory || (u->global
					     && !escape_decl_name (u->global))
			? ",\"global_memory\":true}"
			: ",\"global_memory\":false}");
    }
  escape_sink_puts ("]");
}

void
escape_record_object (struct escape_graph *g, int obj,
		      const struct escape_flow *f)
{
  const escape_object *o = &g->objects[obj];
  bool heap = o->kind == ESCAPE_OBJ_HEAP;
  const char *name = heap ? escape_alloc_display_name (o->allocator)
		     : escape_decl_name (o->decl) ? escape_decl_name (o->decl)
		     : o->kind == ESCAPE_OBJ_STACK ? escape_alloc_display_name (o->allocator)
		     : "(compound literal)";
  escape_json_begin (g, escape_object_loc (g, obj), heap ? "heap" : "local",
		     name);
  escape_json_reason (o->escapes, escape_reason_keyword (o->reason));
  escape_json_depends (g, obj);
  if (!heap)
    {
      bool hazard = escape_local_is_hazard (g, obj);
      escape_sink_puts (hazard ? ",\"outlives\":true" : ",\"outlives\":false");
      escape_sink_puts (!hazard ? ",\"hazard\":null"
			: o->definite ? ",\"hazard\":\"definite\""
			: ",\"hazard\":\"possible\"");
      if (hazard && !o->definite)
	escape_json_undo (g, obj);
    }
  if (heap)
    {
      escape_sink_puts (o->promoted ? ",\"promoted\":true"
				      : ",\"promoted\":false");
      escape_sink_puts (",\"not_promoted\":");
      if (o->not_promoted)
	escape_sink_json_string (o->not_promoted);
      else
	escape_sink_puts ("null");
      char buf[64];
      snprintf (buf, sizeof buf,
		",\"stack_bytes\":" HOST_WIDE_INT_PRINT_UNSIGNED
		",\"fallback\":%s",
		(unsigned HOST_WIDE_INT) (o->promoted ? o->promote_size : 0),
		o->promoted && o->promote_fallback ? "true" : "false");
      escape_sink_puts (buf);
    }
  escape_json_flow (f);
  escape_sink_puts ("}\n");
}

/* What the function may write, for link's settling of calls that may
   undo a hazard in another file (summarize/writes.c): through this
   parameter by level (bit K-1: K dereferences down, the last one all
   deeper), the globals it writes by name, whether it writes global
   memory at large, whether it calls code nothing is known of.  */
static void
escape_json_writes (const struct escape_param_view *v)
{
  const struct escape_summary *s = v->summary;
  char num[64];
  snprintf (num, sizeof num, ",\"writes\":%u,\"writes_globals\":[",
	    v->writes);
  escape_sink_puts (num);
  for (int i = 0; i < s->nglobals; i++)
    {
      if (i)
	escape_sink_puts (",");
      escape_sink_json_string (s->global_names[i]);
    }
  escape_sink_puts (s->writes_global_memory
		    ? "],\"writes_global_memory\":true"
		    : "],\"writes_global_memory\":false");
  escape_sink_puts (s->calls_unknown ? ",\"calls_unknown\":true"
				     : ",\"calls_unknown\":false");
}

/* The record of a parameter.  */
void
escape_record_param (struct escape_graph *g,
		     const struct escape_param_view *v)
{
  escape_json_begin (g, v->loc, "param", v->name);
  escape_json_reason (v->escapes, v->reason);
  char num[64];
  snprintf (num, sizeof num, ",\"index\":%d,\"visible\":%s", v->index,
	    TREE_PUBLIC (g->fun->decl) ? "true" : "false");
  escape_sink_puts (num);
  /* Only a leak that the calls alone explain depends on them.  */
  if (v->leaks && !v->stored && !v->leaks_content)
    escape_json_depends (g, escape_param_object (g, v->index, 1));
  escape_sink_puts (",\"leaks\":[");
  bool first = true;
  if (v->leaks)
    escape_json_list_item (&first, "heap");
  if (v->leaks_content)
    escape_json_list_item (&first, "content");
  for (int level = 0; level < ESCAPE_PARAM_LEVELS; level++)
    if (v->result_levels & (1u << level))
      {
	char buf[32];
	snprintf (buf, sizeof buf, "result:%d", level);
	escape_json_list_item (&first, buf);
      }
  if (v->freed)
    escape_json_list_item (&first, "freed");
  escape_sink_puts ("]");
  escape_sink_puts (v->must_keep ? ",\"must_keep\":true"
				 : ",\"must_keep\":false");
  escape_sink_puts (v->outlives ? ",\"outlives_caller\":true"
				: ",\"outlives_caller\":false");
  escape_sink_puts (v->must_return ? ",\"must_return\":true"
				   : ",\"must_return\":false");
  escape_json_writes (v);
  if (v->noescape)
    escape_sink_puts (",\"noescape\":\"declared\"");
  else if (v->suggest)
    escape_sink_puts (",\"noescape\":\"suggested\"");
  escape_json_flow (&v->flow);
  escape_sink_puts ("}\n");
}
