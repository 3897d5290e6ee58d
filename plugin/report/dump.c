/* report/dump.c - the pass's dump (-fdump-tree-escape), in the style of
 * GCC's own passes: the objects of the graph and their decisions, every
 * node's points-to set and constraints, the escape events, and the
 * decisions that depend on other files (with a report or embed).  The
 * summary follows, written by escape_summary_dump.  Lines start with
 * ";; " so that scan-tree-dump patterns can anchor on them.  */

#include "report/dump.h"
#include "report/describe.h"
#include "solve/solve.h"

static const char *
escape_dump_kind (enum escape_obj_kind kind)
{
  switch (kind)
    {
    case ESCAPE_OBJ_GLOBAL: return "global";
    case ESCAPE_OBJ_LOCAL: return "local";
    case ESCAPE_OBJ_HEAP: return "heap";
    case ESCAPE_OBJ_PARAM: return "param";
    case ESCAPE_OBJ_RESULT: return "result";
    case ESCAPE_OBJ_STACK: return "stack";
    }
  return "?";
}

/* One line per object: number, kind, name, content node, decision.  */
static void
escape_dump_objects (FILE *out, struct escape_graph *g)
{
  fprintf (out, ";; objects:\n");
  for (unsigned i = 0; i < g->objects.length (); i++)
    {
      const escape_object *o = &g->objects[i];
      struct escape_text t = { NULL, 0, 0 };
      escape_describe_object (g, (int) i, escape_json_style, &t);
      fprintf (out, ";;   #%u %s %s", i, escape_dump_kind (o->kind),
	       t.buf ? t.buf : "");
      free (t.buf);
      if (o->kind == ESCAPE_OBJ_PARAM)
	fprintf (out, " level=%d", o->level);
      fprintf (out, " content=n%d", o->content);
      if (o->alias_of >= 0)
	fprintf (out, " view-of=#%d", o->alias_of);
      if (o->reported)
	fprintf (out, " reported");
      if (o->escapes)
	fprintf (out, " escapes=%s", escape_reason_keyword (o->reason));
      else if (o->kind != ESCAPE_OBJ_GLOBAL)
	fprintf (out, " does-not-escape");
      if (o->reported && escape_local_is_hazard (g, (int) i))
	fprintf (out, o->definite ? " hazard=definite" : " hazard=possible");
      if (o->outlives)
	fprintf (out, " outlives");
      if (o->via_object >= 0)
	fprintf (out, " via=#%d", o->via_object);
      if (o->freed)
	fprintf (out, " freed");
      if (o->promoted)
	fprintf (out, " promoted=" HOST_WIDE_INT_PRINT_UNSIGNED "%s",
		 (unsigned HOST_WIDE_INT) o->promote_size,
		 o->promote_fallback ? "+heap" : "");
      else if (o->not_promoted)
	fprintf (out, " %s", o->not_promoted);
      fputc ('\n', out);
    }
}

/* One line per node that points somewhere or has constraints.  */
static void
escape_dump_nodes (FILE *out, struct escape_graph *g)
{
  fprintf (out, ";; nodes:\n");
  for (unsigned i = 0; i < g->nodes.length (); i++)
    {
      const escape_node *n = &g->nodes[i];
      if (bitmap_empty_p (n->pts) && n->succs.is_empty ()
	  && n->loads.is_empty () && n->stores.is_empty ())
	continue;
      fprintf (out, ";;   n%u", i);
      if (n->ssa)
	{
	  fputc (' ', out);
	  print_generic_expr (out, n->ssa);
	}
      if (n->content_of >= 0)
	fprintf (out, " content-of=#%d", n->content_of);
      fprintf (out, " pts={");
      bitmap_iterator bi;
      unsigned x;
      bool first = true;
      EXECUTE_IF_SET_IN_BITMAP (n->pts, 0, x, bi)
	{
	  fprintf (out, first ? "#%u" : ",#%u", x);
	  first = false;
	}
      fprintf (out, "}");
      for (unsigned k = 0; k < n->succs.length (); k++)
	fprintf (out, " ->n%d", n->succs[k].to);
      for (unsigned k = 0; k < n->loads.length (); k++)
	fprintf (out, " load->n%d", n->loads[k].other);
      for (unsigned k = 0; k < n->stores.length (); k++)
	fprintf (out, " store<-n%d", n->stores[k].other);
      fputc ('\n', out);
    }
}

static void
escape_dump_events (FILE *out, struct escape_graph *g)
{
  fprintf (out, ";; events:\n");
  for (unsigned i = 0; i < g->events.length (); i++)
    {
      const escape_event *e = &g->events[i];
      fprintf (out, ";;   e%u %s n%d", i, escape_reason_keyword (e->reason),
	       e->node);
      if (e->callee && DECL_NAME (e->callee))
	fprintf (out, " callee=%s", IDENTIFIER_POINTER (DECL_NAME (e->callee)));
      if (e->hazard)
	fprintf (out, " outlives-caller");
      if (e->stmt && gimple_location (e->stmt) > BUILTINS_LOCATION)
	fprintf (out, " line=%d", LOCATION_LINE (gimple_location (e->stmt)));
      fputc ('\n', out);
    }
}

/* The conditional decisions (summarize/depends.c), when a report or
   embed asked for them: object, callee, argument, level, whether the
   callee's must-keep carries over, and how deep below the call's result
   something escapes.  */
static void
escape_dump_depends (FILE *out, struct escape_graph *g)
{
  if (g->deps.is_empty ())
    return;
  fprintf (out, ";; depends:\n");
  for (unsigned i = 0; i < g->deps.length (); i++)
    {
      const escape_dep *d = &g->deps[i];
      fprintf (out, ";;   #%d callee=%s arg=%d level=%d%s", d->obj,
	       d->callee && DECL_NAME (d->callee)
	       ? IDENTIFIER_POINTER (DECL_NAME (d->callee)) : "?", d->arg,
	       d->level, d->must ? " must" : "");
      if (d->result >= 0)
	fprintf (out, " result=%d\n", d->result);
      else
	fprintf (out, " result=none\n");
    }
}

/* The graph of G's function, solved.  */
void
escape_dump_graph (FILE *out, struct escape_graph *g)
{
  fprintf (out, "\n;; escape graph of %s: %u nodes, %u objects, %u events\n",
	   function_name (g->fun), g->nodes.length (), g->objects.length (),
	   g->events.length ());
  escape_dump_objects (out, g);
  escape_dump_nodes (out, g);
  escape_dump_events (out, g);
  escape_dump_depends (out, g);
}
