/* summarize/summarize.c - a function's parameter summary, Go style, from
 * its solved graph: for each parameter, nothing ("p does not escape"),
 * kept ("leaking param: p"), returned or what it points to returned
 * ("leaking param: p to result level=N"), only what it points to kept
 * ("leaking param content: p"), maybe freed, maybe written through;
 * kept on every path (must-keep, solve/mustkeep.c) and what the
 * function may write (summarize/writes.c), for callers' definite
 * hazards.
 * Callers analysed later apply it at their call sites
 * (lower/call.c).  */

#include "summarize/summarize.h"
#include "solve/solve.h"
#include "solve/definite.h"
#include "summarize/writes.h"
#include "lower/callee.h"

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
	      /* K rises: the first level found is the shallowest.  */
	      if (!p->leak_content)
		p->leak_content = k;
	      if (hazard && !p->content_hazard)
		p->content_hazard = k;
	    }
	}
      if (k == 1)
	{
	  p->stored_into = o->stored_into;
	  p->kept_into = o->kept_into;
	}
      else if (k == 2)
	{
	  p->content_stored_into = o->stored_into;
	  p->content_kept_into = o->kept_into;
	}
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

/* Does the function keep parameter INDEX's value beyond its caller's
   frame in a global or another thread (not only in the caller's own
   memory, which the caller's store of it says): its object outlives,
   and lies in GLOBAL (what global memory holds, at any depth), or is
   handed to a thread, or to a same-file callee that keeps it so?  */
static bool
escape_param_keeps_beyond (struct escape_graph *g, int index, bitmap global)
{
  int obj = escape_param_object (g, index, 1);
  if (!g->objects[obj].outlives)
    return false;
  if (bitmap_bit_p (global, obj))
    return true;
  for (unsigned i = 0; i < g->events.length (); i++)
    {
      const escape_event *e = &g->events[i];
      if (e->node == ESCAPE_NO_VALUE
	  || !bitmap_bit_p (g->nodes[e->node].pts, obj))
	continue;
      if (e->reason == ESCAPE_REASON_THREAD)
	return true;
      tree target = NULL_TREE;
      struct escape_summary *c
	= e->reason == ESCAPE_REASON_CALL && e->hazard && e->callee
	  && TREE_CODE (e->callee) == FUNCTION_DECL
	  ? escape_callee_summary (e->callee, &target) : NULL;
      if (c && e->arg >= 0 && e->arg < c->nparams && e->level == 0
	  && c->params[e->arg].keeps_beyond)
	return true;
    }
  return false;
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
  /* What global memory holds, at any depth: asked of every parameter.  */
  auto_bitmap global;
  escape_objects_reachable (g, g->nodes[g->objects[g->global_obj].all].pts,
			    global);
  for (int i = 0; i < s->nparams && i < g->nparams; i++)
    {
      escape_summarize_param (g, i, &s->params[i]);
      escape_param_must_keep (g, i, &s->params[i]);
      s->params[i].must_return = escape_param_must_return (g, i);
      s->params[i].keeps_beyond = s->params[i].leak_hazard
				  && escape_param_keeps_beyond (g, i, global);
    }
  s->returns_other = escape_returns_other (g);
  escape_summarize_writes (g, s);
  return s;
}

