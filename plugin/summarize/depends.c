/* summarize/depends.c - conditional decisions: the objects that escape only
 * through calls to functions this translation unit knows nothing of
 * (defined in another file, not in the C library table, not GCC
 * built-ins), and the calls they depend on.
 *
 * The decision stays "escapes" (reason call): a compile never reads
 * another file's summaries, so nothing it decides or promotes can be
 * made wrong by a stale object.  The dependencies only go into the
 * records, for `escape-report link` to settle against the summaries of
 * the functions the other files define (docs/reports.md).
 *
 * Found by marking the escapes a second time with the external call
 * events left out: what escapes then escapes whatever the callees do;
 * the rest depends on the external calls whose arguments reach it, each
 * at the level of dereferences it is found at.  Each dependency also
 * says whether the callee's must-keep would carry over to the caller
 * (solve/mustkeep.c), for link's definite hazards, and how deep below
 * the call's result something escapes (summarize/results.c), for a
 * callee that hands its argument back.  */

#include "summarize/depends.h"
#include "solve/solve.h"
#include "knowledge/libc.h"
#include "solve/definite.h"
#include "summarize/results.h"
#include "lower/callee.h"

/* The most calls one object's record lists; an object that depends on
   more stays an unconditional escape.  */
#define ESCAPE_MAX_DEPS 8

/* Is call event E to a function this unit knows nothing of?  */
static bool
escape_event_is_external (const escape_event *e)
{
  if (e->reason != ESCAPE_REASON_CALL || !e->callee || e->arg < 0
      || e->hazard || TREE_CODE (e->callee) != FUNCTION_DECL)
    return false;
  if (fndecl_built_in_p (e->callee) || escape_libc_lookup (e->callee))
    return false;
  return !escape_function_defined_here (e->callee);
}

/* The objects that escape with the external calls left out.  */
static void
escape_unconditional (struct escape_graph *g, bitmap out)
{
  unsigned n = g->objects.length ();
  escape_object *saved = XNEWVEC (escape_object, n);
  memcpy (saved, g->objects.address (), n * sizeof *saved);
  for (unsigned i = 0; i < n; i++)
    {
      escape_object *o = &g->objects[i];
      o->escapes = false;
      o->reason = ESCAPE_REASON_NONE;
      o->event = -1;
      o->via_object = -1;
      o->freed = o->resized = false;
    }
  g->skip_external = true;
  escape_mark_escapes (g);
  g->skip_external = false;
  for (unsigned i = 0; i < n; i++)
    if (g->objects[i].escapes)
      bitmap_set_bit (out, i);
  memcpy (g->objects.address (), saved, n * sizeof *saved);
  free (saved);
}

/* Record that the conditional objects external event E reaches depend
   on it: those its node points to at E's level, and what they contain,
   one level deeper each.  COUNT counts each object's dependencies.  */
static void
escape_depends_on (struct escape_graph *g, const escape_event *e,
		   bitmap conditional, int *count)
{
  auto_bitmap seen;
  vec<int> work = vNULL, depth = vNULL;
  bitmap_iterator bi;
  unsigned x;
  EXECUTE_IF_SET_IN_BITMAP (g->nodes[e->node].pts, 0, x, bi)
    if (bitmap_set_bit (seen, x))
      {
	work.safe_push ((int) x);
	depth.safe_push (e->level);
      }
  for (unsigned i = 0; i < work.length (); i++)
    {
      int obj = work[i];
      if (!bitmap_bit_p (conditional, obj))
	continue;
      if (count[obj]++ < ESCAPE_MAX_DEPS)
	{
	  escape_dep d = { obj, e->callee, e->arg, depth[i], e->stmt,
			   false, ESCAPE_RESULT_NONE, false };
	  g->deps.safe_push (d);
	}
      EXECUTE_IF_SET_IN_BITMAP (g->nodes[g->objects[obj].all].pts, 0, x, bi)
	if (bitmap_set_bit (seen, x))
	  {
	    work.safe_push ((int) x);
	    depth.safe_push (depth[i] + 1);
	  }
    }
  work.release ();
  depth.release ();
}

static int
escape_dep_cmp (const void *a, const void *b)
{
  const escape_dep *x = (const escape_dep *) a;
  const escape_dep *y = (const escape_dep *) b;
  return x->obj != y->obj ? (x->obj < y->obj ? -1 : 1)
	 : x == y ? 0 : (x < y ? -1 : 1);
}

/* Fill G's deps: for each object that escapes only through external
   calls, the calls it depends on.  */
void
escape_compute_depends (struct escape_graph *g)
{
  bool any = false;
  for (unsigned i = 0; i < g->events.length (); i++)
    {
      g->events[i].external = escape_event_is_external (&g->events[i]);
      any |= g->events[i].external;
    }
  if (!any)
    return;
  auto_bitmap always, conditional;
  escape_unconditional (g, always);
  for (unsigned i = 0; i < g->objects.length (); i++)
    if (g->objects[i].escapes && !bitmap_bit_p (always, i)
	&& g->objects[i].kind != ESCAPE_OBJ_GLOBAL)
      bitmap_set_bit (conditional, i);
  int *count = XCNEWVEC (int, g->objects.length ());
  for (unsigned i = 0; i < g->events.length (); i++)
    if (g->events[i].external)
      escape_depends_on (g, &g->events[i], conditional, count);
  /* Too many calls: leave the object an unconditional escape.  */
  unsigned kept = 0;
  for (unsigned i = 0; i < g->deps.length (); i++)
    if (count[g->deps[i].obj] <= ESCAPE_MAX_DEPS)
      g->deps[kept++] = g->deps[i];
  g->deps.truncate (kept);
  g->deps.qsort (escape_dep_cmp);
  free (count);
  /* Would the callee's must-keep carry over (a definite hazard, or a
     must-kept parameter, for link)?  Only the argument itself can be
     kept by the callee.  And where does the call's result go?  */
  hash_map<gimple *, int> results;	/* one result walk per call */
  for (unsigned i = 0; i < g->deps.length (); i++)
    {
      escape_dep *d = &g->deps[i];
      gcall *call = d->stmt ? dyn_cast <gcall *> (d->stmt) : NULL;
      d->must = d->level == 0 && call
		&& escape_kept_if_callee_keeps (g, d->obj, call, d->arg);
      d->returns = d->level == 0 && call
		   && escape_returned_if_callee_returns (g, d->obj, call,
							 d->arg);
      if (!call)
	{
	  d->result = 0;
	  continue;
	}
      bool existed;
      int &result = results.get_or_insert (call, &existed);
      if (!existed)
	result = escape_call_result_escapes (call);
      d->result = result;
    }
}

/* The dependencies of OBJ: *N of them from the returned one (NULL when
   it has none).  */
const escape_dep *
escape_object_deps (const struct escape_graph *g, int obj, unsigned *n)
{
  unsigned lo = 0, hi = g->deps.length ();
  while (lo < hi)
    {
      unsigned mid = (lo + hi) / 2;
      if (g->deps[mid].obj < obj)
	lo = mid + 1;
      else
	hi = mid;
    }
  unsigned end = lo;
  while (end < g->deps.length () && g->deps[end].obj == obj)
    end++;
  *n = end - lo;
  return *n ? &g->deps[lo] : NULL;
}
