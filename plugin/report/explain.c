/* report/explain.c - a solved function's decisions, in source order:
 * each reported object and each pointer parameter gets its flow path
 * (report/flow.c; a definite hazard told by the step that makes it
 * certain, report/hazard.c), then its warning or notes
 * (report/diagnose.c) and its report record (report/records.c), both
 * with the same flow.  */

#include "report/explain.h"
#include "report/diagnose.h"
#include "report/records.h"
#include "report/hazard.h"
#include "report/sink.h"
#include "frontend/attribute.h"

static void
escape_explain_object (struct escape_graph *g, int obj)
{
  struct escape_flow flow = { vNULL, -1 };
  /* A definite hazard told by its step has that step's flow, in the
     warning and in the record alike.  */
  if (escape_hazard_by_step (g, obj))
    escape_flow_definite (g, obj, &flow);
  else if (g->objects[obj].escapes)
    escape_flow_of (g, obj, &flow);
  escape_diagnose_object (g, obj, &flow);
  if (escape_sink_active ())
    escape_record_object (g, obj, &flow);
  escape_flow_release (&flow);
}

/* --- parameters --------------------------------------------------------- */

/* Can the function's result hold a pointer the caller would see?  */
static bool
escape_returns_pointers (struct escape_graph *g)
{
  tree type = TREE_TYPE (TREE_TYPE (g->fun->decl));
  return POINTER_TYPE_P (type) || AGGREGATE_TYPE_P (type);
}

/* The first object of parameter INDEX that escapes to the heap.  */
static int
escape_param_leak_object (struct escape_graph *g, int index)
{
  for (int k = 0; k < ESCAPE_PARAM_LEVELS; k++)
    {
      int obj = escape_param_object (g, index, k + 1);
      if (g->objects[obj].escapes)
	return obj;
    }
  return -1;
}

/* The path that explains parameter INDEX's decision: the first level
   that escapes, or the store through another parameter, or the return.  */
static void
escape_param_flow (struct escape_graph *g, int index, int leak,
		   const struct escape_param_summary *p,
		   struct escape_param_view *v)
{
  if (leak >= 0)
    escape_flow_of (g, leak, &v->flow);
  else if (p->stored_into != 0 && !p->leak_heap)
    {
      /* Stored through another parameter (*q = p).  */
      int j = ctz_hwi (p->stored_into);
      escape_flow_chain (g, g->objects[escape_param_object (g, j, 1)].content,
			 escape_param_object (g, index, 1), &v->flow, NULL);
    }
  else if (p->content_stored_into != 0)
    {
      /* What it points to stored through another parameter (*q = *p).  */
      int j = ctz_hwi (p->content_stored_into);
      escape_flow_chain (g, g->objects[escape_param_object (g, j, 1)].content,
			 escape_param_object (g, index, 2), &v->flow, NULL);
    }
  else if (v->result_level >= 0)
    {
      int obj = escape_param_object (g, index, v->result_level + 1);
      if (g->objects[obj].result_event >= 0)
	escape_flow_event (g, obj, g->objects[obj].result_event, &v->flow);
    }
}

/* Does the callee keep parameter P beyond the call: store it where it
   outlives the call, return it, or free it?  What noescape forbids.  */
static bool
escape_param_kept (const struct escape_param_summary *p)
{
  return p->leak_heap || p->stored_into != 0 || (p->result_levels & 1) != 0
	 || (p->freed_levels & 1) != 0;
}

/* Does suggest look at FNDECL: visible outside its translation unit,
   written by the user?  */
static bool
escape_suggests (tree fndecl)
{
  return TREE_PUBLIC (fndecl) && !DECL_ARTIFICIAL (fndecl);
}

/* suggest: one note per function naming the parameters that could be
   declared noescape, as -Wsuggest-attribute names attributes.  */
static void
escape_suggest_noescape (struct escape_graph *g,
			 const struct escape_summary *summary)
{
  tree fndecl = g->fun->decl;
  if (!escape_opts.suggest || !escape_suggests (fndecl))
    return;
  char list[256] = "";
  size_t used = 0;
  int index = 0;
  for (tree p = DECL_ARGUMENTS (fndecl); p && index < summary->nparams;
       p = DECL_CHAIN (p), index++)
    if (POINTER_TYPE_P (TREE_TYPE (p))
	&& !escape_param_kept (&summary->params[index])
	&& !escape_param_noescape (fndecl, index) && used + 16 < sizeof list)
      used += snprintf (list + used, sizeof list - used, "%s%d",
			used ? ", " : "", index + 1);
  if (used)
    inform (DECL_SOURCE_LOCATION (fndecl), "function %qD might be a "
	    "candidate for attribute %<noescape (%s)%>", fndecl, list);
}

static void
escape_explain_param (struct escape_graph *g, int index, tree parm,
		      const struct escape_summary *s)
{
  const struct escape_param_summary *p = &s->params[index];
  struct escape_param_view v;
  memset (&v, 0, sizeof v);
  v.name = escape_decl_name (parm);
  v.loc = DECL_SOURCE_LOCATION (parm);
  v.index = index;
  v.flow.shown = -1;
  int leak = escape_param_leak_object (g, index);
  bool stored = p->stored_into != 0 && !p->leak_heap;
  bool content_stored = p->content_stored_into != 0;
  v.leaks = p->leak_heap || stored;
  v.stored = p->stored_into != 0 || content_stored;
  v.leaks_content = (p->leak_content || content_stored) && !p->leak_heap;
  /* A value returned as a non-pointer is not a leak to the result the
     user can see; the summary still keeps it for callers.  */
  v.result_level = escape_returns_pointers (g) ? p->result_level : -1;
  v.result_levels = v.result_level >= 0 && !p->leak_heap
		    ? p->result_levels : 0;
  v.freed = p->freed_levels != 0;
  v.escapes = p->leak_heap || stored || p->leak_content || content_stored
	      || v.result_level >= 0;
  v.reason = leak >= 0 ? escape_reason_keyword (g->objects[leak].reason)
	     : stored || content_stored ? "caller-memory"
	     : v.escapes ? "returned" : NULL;
  escape_param_flow (g, index, leak, p, &v);
  v.noescape = escape_param_noescape (g->fun->decl, index);
  v.kept = escape_param_kept (p);
  v.must_keep = p->keep == ESCAPE_KEEP_GLOBAL;
  v.outlives = p->keeps_beyond;
  v.must_return = p->must_return;
  v.writes = p->writes;
  v.summary = s;
  v.suggest = escape_opts.suggest && !v.kept && !v.noescape
	      && escape_suggests (g->fun->decl);
  if (v.noescape && v.kept)
    escape_diagnose_noescape_violation (&v);
  escape_diagnose_param (&v);
  if (escape_sink_active ())
    escape_record_param (g, &v);
  escape_flow_release (&v.flow);
}

/* --- entry ---------------------------------------------------------------- */

struct escape_decision
{
  location_t loc;
  int obj;		/* object, or -1 for a parameter */
  int param;		/* parameter index, or -1 */
  tree parm;
};

static int
escape_decision_cmp (const void *a, const void *b)
{
  const escape_decision *x = (const escape_decision *) a;
  const escape_decision *y = (const escape_decision *) b;
  expanded_location ex = expand_location (x->loc);
  expanded_location ey = expand_location (y->loc);
  if (ex.line != ey.line)
    return ex.line < ey.line ? -1 : 1;
  if (ex.column != ey.column)
    return ex.column < ey.column ? -1 : 1;
  if (x->param != y->param)
    return x->param < y->param ? -1 : 1;
  return x->obj < y->obj ? -1 : x->obj > y->obj;
}

void
escape_explain (struct escape_graph *g, const struct escape_summary *summary)
{
  /* Inline functions of system headers are the library's business.  */
  if (in_system_header_at (DECL_SOURCE_LOCATION (g->fun->decl)))
    return;
  vec<escape_decision> list = vNULL;
  for (unsigned i = 0; i < g->objects.length (); i++)
    if (g->objects[i].reported)
      {
	escape_decision d = { escape_object_loc (g, (int) i), (int) i, -1,
			      NULL_TREE };
	list.safe_push (d);
      }
  int index = 0;
  for (tree p = DECL_ARGUMENTS (g->fun->decl); p;
       p = DECL_CHAIN (p), index++)
    if (POINTER_TYPE_P (TREE_TYPE (p)) && DECL_NAME (p)
	&& index < summary->nparams)
      {
	escape_decision d = { DECL_SOURCE_LOCATION (p), -1, index, p };
	list.safe_push (d);
      }
  list.qsort (escape_decision_cmp);
  for (unsigned i = 0; i < list.length (); i++)
    if (list[i].obj >= 0)
      escape_explain_object (g, list[i].obj);
    else
      escape_explain_param (g, list[i].param, list[i].parm, summary);
  list.release ();
  escape_suggest_noescape (g, summary);
}
