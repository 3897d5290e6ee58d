/* escape-summary.c - parameter summaries, Go style.
 *
 * After a function is solved, each parameter gets a summary of what the
 * function does with it: nothing ("p does not escape"), keeps it
 * ("leaking param: p"), returns it or what it points to ("leaking param:
 * p to result level=N"), keeps only what it points to ("leaking param
 * content: p"), may free it, or may store pointers into what it points
 * to.  Callers analysed later apply these summaries at their call sites
 * (escape-calls.c).  Summaries live for the whole translation unit.  */

#include "escape-graph.h"

static hash_map<tree, escape_summary *> *escape_summaries;

struct escape_summary *
escape_summary_lookup (tree fndecl)
{
  if (!escape_summaries)
    return NULL;
  escape_summary **s = escape_summaries->get (fndecl);
  return s ? *s : NULL;
}

void
escape_summary_store (tree fndecl, struct escape_summary *s)
{
  if (!escape_summaries)
    escape_summaries = new hash_map<tree, escape_summary *>;
  escape_summary **old = escape_summaries->get (fndecl);
  if (old && *old != s)
    escape_summary_free (*old);
  escape_summaries->put (fndecl, s);
}

void
escape_summary_free (struct escape_summary *s)
{
  if (!s)
    return;
  XDELETEVEC (s->params);
  XDELETE (s);
}

static struct escape_summary *
escape_summary_new (tree fndecl)
{
  struct escape_summary *s = XCNEW (struct escape_summary);
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p))
    s->nparams++;
  s->params = XCNEWVEC (struct escape_param_summary, s->nparams + 1);
  for (int i = 0; i < s->nparams; i++)
    s->params[i].result_level = -1;
  return s;
}

/* The summary assumed for a recursive function on the first round.  */
struct escape_summary *
escape_summary_optimistic (tree fndecl)
{
  return escape_summary_new (fndecl);
}

/* The summary of a function we could not settle: everything leaks.  */
struct escape_summary *
escape_summary_pessimistic (tree fndecl)
{
  struct escape_summary *s = escape_summary_new (fndecl);
  s->returns_other = true;
  for (int i = 0; i < s->nparams; i++)
    {
      s->params[i].leak_heap = true;
      s->params[i].leak_content = true;
      s->params[i].freed_levels = ~0u;
      s->params[i].written = true;
    }
  return s;
}

static void
escape_summarize_param (struct escape_graph *g, int index,
			struct escape_param_summary *p)
{
  for (int k = 1; k <= ESCAPE_PARAM_LEVELS; k++)
    {
      int id = escape_param_object (g, index, k);
      const escape_object *o = &g->objects[id];
      if (o->escapes)
	{
	  bool hazard = escape_is_hazardous (g, id);
	  if (k == 1)
	    {
	      p->leak_heap = true;
	      p->leak_hazard |= hazard;
	    }
	  else
	    {
	      p->leak_content = true;
	      p->content_hazard |= hazard;
	    }
	}
      if (k == 1)
	p->stored_into = o->stored_into;
      if (o->result_level >= 0)
	{
	  p->result_levels |= 1u << o->result_level;
	  if (p->result_level < 0 || o->result_level < p->result_level)
	    p->result_level = o->result_level;
	}
      if (o->freed)
	p->freed_levels |= 1u << (k - 1);
      /* Pointers stored into it, beyond what it held on entry.  */
      bitmap_iterator bi;
      unsigned x;
      EXECUTE_IF_SET_IN_BITMAP (g->nodes[o->content].pts, 0, x, bi)
	if (!escape_is_structural (g, id, (int) x))
	  p->written = true;
    }
}

/* Does the function return pointers that do not come from its
   parameters (globals, its own allocations)?  */
static bool
escape_returns_other (struct escape_graph *g)
{
  for (unsigned i = 0; i < g->events.length (); i++)
    {
      if (g->events[i].reason != ESCAPE_REASON_RETURNED)
	continue;
      bitmap_iterator bi;
      unsigned x;
      EXECUTE_IF_SET_IN_BITMAP (g->nodes[g->events[i].node].pts, 0, x, bi)
	if (g->objects[x].kind != ESCAPE_OBJ_PARAM)
	  return true;
    }
  return false;
}

struct escape_summary *
escape_summary_compute (struct escape_graph *g)
{
  struct escape_summary *s = escape_summary_new (g->fun->decl);
  for (int i = 0; i < s->nparams && i < g->nparams; i++)
    escape_summarize_param (g, i, &s->params[i]);
  s->returns_other = escape_returns_other (g);
  return s;
}

bool
escape_summary_equal (const struct escape_summary *a,
		      const struct escape_summary *b)
{
  if (a->nparams != b->nparams || a->returns_other != b->returns_other)
    return false;
  for (int i = 0; i < a->nparams; i++)
    {
      const struct escape_param_summary *x = &a->params[i], *y = &b->params[i];
      if (x->leak_heap != y->leak_heap || x->leak_content != y->leak_content
	  || x->leak_hazard != y->leak_hazard
	  || x->content_hazard != y->content_hazard
	  || x->stored_into != y->stored_into
	  || x->result_levels != y->result_levels
	  || x->freed_levels != y->freed_levels || x->written != y->written)
	return false;
    }
  return true;
}
