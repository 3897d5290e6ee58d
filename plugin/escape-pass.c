/* escape-pass.c - the pass body: analyse one function.
 *
 * Build the graph from GIMPLE, solve it, summarise the parameters for
 * callers analysed later, decide promotion, dump, explain, then carry
 * out the promotions.  A function's calls to itself join its own
 * parameters and result in the one graph, Go style
 * (lower/callee.c); calls to functions not analysed yet (mutual
 * recursion) are unknown.  */

#include "escape-pass.h"
#include "graph/graph.h"
#include "lower/statements.h"
#include "solve/solve.h"
#include "solve/outlives.h"
#include "solve/definite.h"
#include "graph/summary.h"
#include "frontend/attribute.h"
#include "summarize/depends.h"
#include "report/sink.h"
#include "summarize/summarize.h"
#include "promote/promote.h"
#include "report/explain.h"
#include "report/dump.h"

/* Build and solve the graph of FUN into G.  */
static void
escape_run (struct escape_graph *g, function *fun, bool recording,
	    bitmap recorded, bool fields)
{
  escape_graph_init (g, fun, recording, fields);
  g->recorded = recorded;
  escape_build (g);
  escape_solve (g);
  escape_mark_escapes (g);
  escape_compute_outlives (g);
}

/* The hazard question again, in field mode (lower/operands.c,
   escape_ref_field): pointers stored in different fields of a struct
   are told apart, which the decisions cannot assume (a program may read
   a field through another struct type) but a warning may.  Only asked
   when G has a hazard, which few functions have.  An object outlives
   its frame only if it does in both answers; decisions and flows stay
   G's.  */
static void
escape_refine_hazards (struct escape_graph *g, function *fun)
{
  bool any = false;
  for (unsigned i = 0; i < g->objects.length () && !any; i++)
    any = escape_is_hazardous (g, (int) i)
	  && g->objects[i].kind != ESCAPE_OBJ_GLOBAL;
  if (!any)
    return;
  struct escape_graph f;
  escape_run (&f, fun, false, NULL, true);
  /* The same statements make the same objects in the same order.  */
  if (f.objects.length () == g->objects.length ())
    {
      for (unsigned i = 0; i < g->objects.length (); i++)
	if (!f.objects[i].outlives)
	  g->objects[i].outlives = false;
    }
  else
    escape_internal_limit (g, "field mode made other objects");
  escape_graph_free (&f);
}

/* The objects whose provenance the hazard warnings of G need: each
   local whose address outlives its frame, the frame object it is a view
   of, and the escaping objects its flow goes through.  Empty when G has
   no hazard.  */
static void
escape_hazard_objects (struct escape_graph *g, bitmap objects)
{
  for (unsigned i = 0; i < g->objects.length (); i++)
    {
      const escape_object *o = &g->objects[i];
      if (!o->reported || !escape_local_is_hazard (g, (int) i))
	continue;
      /* The via chain visits each object once: bitmap_set_bit fails on
	 an object seen before, so the walk ends.  */
      int obj = o->alias_of >= 0 ? o->alias_of : (int) i;
      while (obj >= 0 && bitmap_set_bit (objects, obj))
	obj = g->objects[obj].via_object;
    }
}

/* With check-internal, the summary must survive its encoding: what is
   written into objects and read back (whole-program use) is the same
   summary.  */
static void
escape_check_summary_encoding (struct escape_graph *g,
			       const struct escape_summary *s)
{
  if (!escape_opts.check_internal)
    return;
  char *text = escape_summary_encode (s);
  struct escape_summary *back = escape_summary_decode (text);
  if (!back || !escape_summary_equal (s, back))
    escape_internal_limit (g, "a summary does not survive its encoding");
  escape_summary_free (back);
  free (text);
}

unsigned int
escape_analyze_function (function *fun)
{
  if (!fun || !fun->cfg || !gimple_in_ssa_p (fun))
    return 0;
  /* Keeping provenance is most of the solver's cost, and only the
     explanations need it (flow paths, and which global a value went to):
     the report and the notes give them for every decision, but at
     verbose=0 only hazard warnings do.  So at verbose=0 without a report,
     solve without it and solve again when a hazard turns up.  */
  bool flows = escape_sink_active () || escape_opts.verbose >= 1
	       || escape_function_has_noescape (fun->decl);
  struct escape_graph g;
  escape_run (&g, fun, flows, NULL, false);
  auto_bitmap hazards;
  if (!flows)
    escape_hazard_objects (&g, hazards);
  if (!bitmap_empty_p (hazards))
    {
      /* The graph is built the same way again, so object numbers hold.  */
      escape_graph_free (&g);
      escape_run (&g, fun, true, hazards, false);
    }
  escape_refine_hazards (&g, fun);
  escape_compute_definite (&g, escape_sink_active ());
  if (escape_sink_active ())
    escape_compute_depends (&g);
  struct escape_summary *s = escape_summary_compute (&g);
  escape_check_summary_encoding (&g, s);
  escape_summary_store (fun->decl, s);
  escape_promote_decide (&g);
  if (dump_file)
    {
      escape_dump_graph (dump_file, &g);
      escape_summary_dump (dump_file, fun->decl, s);
    }
  escape_explain (&g, s);
  unsigned int todo = escape_promote_apply (&g);
  escape_graph_free (&g);
  return todo;
}
