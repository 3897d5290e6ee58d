/* solve/solve.c - solve the escape graph.
 *
 * First the points-to sets: a worklist propagates objects along copy
 * edges; when a node with loads or stores gains an object, new copy
 * edges from or to that object's content are added.  Each object a node
 * gains is recorded with where it came from, so flow paths can be told.
 *
 * Then escapes: an object escapes when it is stored in memory the
 * function does not own (GLOBAL: "global"; what a parameter points to:
 * "caller-memory"), when an event names a node that points to it
 * (returned, call, thread, integer, asm, unknown), or when it is the
 * content of an object that escapes ("escaping-object").  */

#include "solve/solve.h"
#include "graph/summary.h"

/* The worklist drops its consumed prefix once it is longer than this
   and than what is left.  */
#define ESCAPE_QUEUE_RECLAIM 4096

struct escape_worklist
{
  vec<int> queue;
};

static void
escape_enqueue (struct escape_graph *g, struct escape_worklist *w, int node)
{
  if (g->nodes[node].queued)
    return;
  g->nodes[node].queued = true;
  w->queue.safe_push (node);
}

/* TO gets the objects in BITS (a subset of what FROM points to).
   Provenance is kept for every object but GLOBAL, which is in almost
   every set and never needs explaining.  */
static void
escape_propagate_bits (struct escape_graph *g, struct escape_worklist *w,
		       int from, const escape_edge *e, bitmap bits)
{
  bitmap dst = g->nodes[e->to].pts;
  if (bitmap_empty_p (bits))
    return;
  if (g->recording)
    {
      bitmap_iterator bi;
      unsigned obj;
      bitmap fresh = bits;
      if (g->recorded)
	{
	  bitmap_and (g->scratch, bits, g->recorded);
	  fresh = g->scratch;
	}
      EXECUTE_IF_AND_COMPL_IN_BITMAP (fresh, dst, 0, obj, bi)
	{
	  if ((int) obj == g->global_obj)
	    continue;
	  escape_prov_put (g, e->to, (int) obj, from, e->stmt, e->kind);
	}
    }
  if (bitmap_ior_into (dst, bits))
    escape_enqueue (g, w, e->to);
}

static void
escape_add_edge_now (struct escape_graph *g, struct escape_worklist *w,
		     int from, int to, gimple *stmt,
		     enum escape_edge_kind kind)
{
  if (from == to)
    return;
  escape_edge e = { to, stmt, kind };
  g->nodes[from].succs.safe_push (e);
  /* A new edge carries everything its source already has.  */
  escape_propagate_bits (g, w, from, &e, g->nodes[from].pts);
}

/* NODE gained the objects in FRESH: give its loads and stores their
   new edges.  */
static void
escape_expand_complex (struct escape_graph *g, struct escape_worklist *w,
		       int node, bitmap fresh)
{
  if (g->nodes[node].loads.is_empty () && g->nodes[node].stores.is_empty ())
    return;
  bitmap_iterator bi;
  unsigned obj;
  EXECUTE_IF_SET_IN_BITMAP (fresh, 0, obj, bi)
    {
      /* Index afresh each time: adding edges may grow the node vector.
	 A field read gets the field and what was written whole; a whole
	 read gets everything.  */
      for (unsigned i = 0; i < g->nodes[node].loads.length (); i++)
	{
	  escape_complex c = g->nodes[node].loads[i];
	  int from = g->objects[obj].all;
	  if (c.field)
	    {
	      from = g->objects[obj].content;
	      escape_add_edge_now (g, w, escape_field_node (g, obj, c.field),
				   c.other, c.stmt, ESCAPE_EDGE_LOAD);
	    }
	  escape_add_edge_now (g, w, from, c.other, c.stmt, ESCAPE_EDGE_LOAD);
	}
      for (unsigned i = 0; i < g->nodes[node].stores.length (); i++)
	{
	  escape_complex c = g->nodes[node].stores[i];
	  int to = c.field ? escape_field_node (g, obj, c.field)
		   : g->objects[obj].content;
	  escape_add_edge_now (g, w, c.other, to, c.stmt, ESCAPE_EDGE_STORE);
	}
    }
}

/* Difference propagation: each time a node is taken from the queue only
   what it gained since last time (pts minus done) travels on.  */
void
escape_solve (struct escape_graph *g)
{
  struct escape_worklist w;
  w.queue = vNULL;
  bitmap fresh = BITMAP_ALLOC (NULL);
  for (unsigned i = 0; i < g->nodes.length (); i++)
    if (!bitmap_empty_p (g->nodes[i].pts))
      escape_enqueue (g, &w, (int) i);
  /* FIFO order keeps the first recorded provenance short.  */
  for (unsigned head = 0; head < w.queue.length (); head++)
    {
      int node = w.queue[head];
      g->nodes[node].queued = false;
      bitmap_and_compl (fresh, g->nodes[node].pts, g->nodes[node].done);
      if (bitmap_empty_p (fresh))
	continue;
      bitmap_ior_into (g->nodes[node].done, fresh);
      escape_expand_complex (g, &w, node, fresh);
      for (unsigned i = 0; i < g->nodes[node].succs.length (); i++)
	{
	  escape_edge e = g->nodes[node].succs[i];
	  escape_propagate_bits (g, &w, node, &e, fresh);
	}
      /* Reclaim the consumed prefix now and then.  */
      if (head > ESCAPE_QUEUE_RECLAIM && head * 2 > w.queue.length ())
	{
	  w.queue.block_remove (0, head + 1);
	  head = (unsigned) -1;
	}
    }
  BITMAP_FREE (fresh);
  w.queue.release ();
}

/* --- escapes ---------------------------------------------------------- */

static void
escape_mark (struct escape_graph *g, vec<int> *queue, int obj,
	     enum escape_reason reason, int event, int via)
{
  escape_object *o = &g->objects[obj];
  if (o->escapes || o->kind == ESCAPE_OBJ_GLOBAL
      || o->kind == ESCAPE_OBJ_RESULT)
    return;
  o->escapes = true;
  o->reason = reason;
  o->event = event;
  o->via_object = via;
  queue->safe_push (obj);
}

/* Objects stored in memory the function does not own escape.  What a
   parameter points to is looked at before GLOBAL: a store through a
   parameter is usually the more direct explanation.  */
static void
escape_mark_external_contents (struct escape_graph *g, vec<int> *queue)
{
  for (unsigned i = 0; i < g->objects.length (); i++)
    {
      unsigned c = (i + g->global_obj + 1) % g->objects.length ();
      if (!escape_object_is_external (&g->objects[c]))
	continue;
      enum escape_reason reason = g->objects[c].kind == ESCAPE_OBJ_GLOBAL
				  ? ESCAPE_REASON_GLOBAL
				  : ESCAPE_REASON_CALLER_MEMORY;
      bitmap_iterator bi;
      unsigned x;
      EXECUTE_IF_SET_IN_BITMAP (g->nodes[g->objects[c].all].pts, 0, x, bi)
	{
	  if (escape_is_structural (g, (int) c, (int) x))
	    continue;
	  /* One parameter, or what it points to, stored through another
	     (*q = p, *q = *p) is a summary edge for callers rather than a
	     leak, unless it leaks anyway.  */
	  escape_object *o = &g->objects[x];
	  const escape_object *co = &g->objects[c];
	  if (escape_is_param_store (o, co))
	    {
	      o->stored_into |= 1u << co->param_index;
	      continue;
	    }
	  escape_mark (g, queue, (int) x, reason, -1, (int) c);
	}
    }
}

/* Does OBJ escape in a way that outlives the frame: returned, stored in
   global or caller memory and still there at some exit, handed to a
   thread not joined, or kept so by a callee?  solve/outlives.c
   decides.  */
bool
escape_is_hazardous (struct escape_graph *g, int obj)
{
  return g->objects[obj].escapes && g->objects[obj].outlives;
}

/* Is OBJ a local (or frame memory) whose address outlives its frame: the
   hazard the plugin warns about, at every verbosity?  */
bool
escape_local_is_hazard (struct escape_graph *g, int obj)
{
  const escape_object *o = &g->objects[obj];
  if (o->kind != ESCAPE_OBJ_LOCAL && o->kind != ESCAPE_OBJ_STACK)
    return false;
  return escape_is_hazardous (g, obj);
}

/* Is an escape for REASON a hazard for a local: its address outlives
   the frame?  */
bool
escape_reason_is_hazard (enum escape_reason reason)
{
  return reason == ESCAPE_REASON_RETURNED || reason == ESCAPE_REASON_GLOBAL
	 || reason == ESCAPE_REASON_CALLER_MEMORY
	 || reason == ESCAPE_REASON_THREAD;
}

/* Mark the objects of events; HAZARDS selects the events whose reason
   is a hazard (true) or the others (false).  */
static void
escape_mark_events (struct escape_graph *g, vec<int> *queue, bool hazards)
{
  for (unsigned i = 0; i < g->events.length (); i++)
    {
      const escape_event *e = &g->events[i];
      if (e->external && g->skip_external)
	continue;
      bool hazard = escape_reason_is_hazard (e->reason) || e->hazard;
      if (hazard != hazards)
	continue;
      bitmap_iterator bi;
      unsigned x;
      EXECUTE_IF_SET_IN_BITMAP (g->nodes[e->node].pts, 0, x, bi)
	{
	  escape_object *o = &g->objects[x];
	  if (e->reason == ESCAPE_REASON_RETURNED
	      && o->kind == ESCAPE_OBJ_PARAM)
	    {
	      int level = o->level - 1;
	      if (o->result_level < 0 || level < o->result_level)
		{
		  o->result_level = level;
		  o->result_event = (int) i;
		}
	      continue;
	    }
	  escape_mark (g, queue, (int) x, e->reason, (int) i, -1);
	}
    }
}

/* What escaping objects contain escapes with them: drain QUEUE from
   *HEAD on.  */
static void
escape_mark_contents (struct escape_graph *g, vec<int> *queue,
		      unsigned *head)
{
  for (; *head < queue->length (); (*head)++)
    {
      int obj = (*queue)[*head];
      if (escape_object_is_external (&g->objects[obj]))
	continue;
      bitmap_iterator bi;
      unsigned x;
      EXECUTE_IF_SET_IN_BITMAP (g->nodes[g->objects[obj].all].pts, 0, x,
				bi)
	escape_mark (g, queue, (int) x, ESCAPE_REASON_ESCAPING_OBJECT, -1,
		     obj);
    }
}

static void
escape_mark_frees (struct escape_graph *g)
{
  bitmap_iterator bi;
  unsigned x;
  for (unsigned i = 0; i < g->free_nodes.length (); i++)
    if (g->free_nodes[i] != ESCAPE_NO_VALUE)
      EXECUTE_IF_SET_IN_BITMAP (g->nodes[g->free_nodes[i]].pts, 0, x, bi)
	g->objects[x].freed = true;
  for (unsigned i = 0; i < g->realloc_nodes.length (); i++)
    EXECUTE_IF_SET_IN_BITMAP (g->nodes[g->realloc_nodes[i]].pts, 0, x, bi)
      {
	g->objects[x].freed = true;
	g->objects[x].resized = true;
      }
}

void
escape_mark_escapes (struct escape_graph *g)
{
  vec<int> queue = vNULL;
  unsigned head = 0;
  /* First every way an address can outlive the frame (returned, thread,
     stored in caller or global memory, and what those objects contain),
     so that a hazard is explained as one even when the address also
     escapes in a milder way; then the rest (calls, integers, asm).
     The first reason found for an object is the one reported.  */
  escape_mark_events (g, &queue, true);
  escape_mark_external_contents (g, &queue);
  escape_mark_contents (g, &queue, &head);
  escape_mark_events (g, &queue, false);
  escape_mark_contents (g, &queue, &head);
  queue.release ();
  escape_mark_frees (g);
  /* Views (a variable moved into the nested functions' frame) share the
     decision of the object they are part of.  */
  for (unsigned i = 0; i < g->objects.length (); i++)
    {
      escape_object *o = &g->objects[i];
      if (o->alias_of < 0)
	continue;
      const escape_object *a = &g->objects[o->alias_of];
      o->escapes = a->escapes;
      o->reason = a->reason;
      o->event = a->event;
      o->via_object = a->via_object;
    }
}
