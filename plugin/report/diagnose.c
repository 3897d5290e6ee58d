/* report/diagnose.c - the plugin's diagnostics: a warning for each
 * local whose address outlives its frame (at every verbosity), Go -m
 * style notes for every decision (verbose=1), and their flow paths as
 * notes (verbose=2).  */

#include "report/diagnose.h"
#include "solve/solve.h"
#include "report/hazard.h"
#include "diagnostic.h"

static void
escape_emit_flow (const struct escape_flow *f)
{
  for (unsigned i = 0; i < f->steps.length (); i++)
    {
      expanded_location x = expand_location (f->steps[i].loc);
      inform (f->steps[i].loc, "flow: %s at %s:%d", f->steps[i].diag,
	      x.file ? x.file : "<unknown>", x.line);
    }
}

/* "malloc(...) promoted to stack (N bytes)" or why it was not.  */
static void
escape_explain_promotion (struct escape_graph *g, int obj, location_t loc)
{
  const escape_object *o = &g->objects[obj];
  struct escape_text t = { NULL, 0, 0 };
  escape_describe_object (g, obj, escape_diag_style (), &t);
  if (o->promoted)
    escape_text_add (&t, " promoted to stack (" HOST_WIDE_INT_PRINT_UNSIGNED
		     " bytes%s)", (unsigned HOST_WIDE_INT) o->promote_size,
		     o->promote_fallback ? ", heap above" : "");
  else if (strcmp (o->not_promoted, "too-large") == 0 && o->promote_size)
    escape_text_add (&t, " not promoted: too-large ("
		     HOST_WIDE_INT_PRINT_UNSIGNED " bytes, limit %lu)",
		     (unsigned HOST_WIDE_INT) o->promote_size,
		     escape_opts.promote_limit);
  else
    escape_text_add (&t, " not promoted: %s", o->not_promoted);
  inform (loc, "%s", t.buf);
  free (t.buf);
}

/* Does hazard OBJ warn, as hazards= asks?  */
static bool
escape_hazard_warns (struct escape_graph *g, int obj)
{
  if (!escape_local_is_hazard (g, obj))
    return false;
  return escape_opts.hazards == ESCAPE_WARN_POSSIBLE
	 || (escape_opts.hazards == ESCAPE_WARN_DEFINITE
	     && g->objects[obj].definite);
}

/* The statement of OBJ's decision: its event's, or the store into the
   container it escaped with.  */
static gimple *
escape_decision_stmt (struct escape_graph *g, int obj)
{
  const escape_object *o = &g->objects[obj];
  if (o->event >= 0)
    return g->events[o->event].stmt;
  if (o->via_object < 0)
    return NULL;
  const escape_prov *p
    = escape_prov_get (g, g->objects[o->via_object].content, obj);
  return p ? p->stmt : NULL;
}

/* Is OBJ a definite hazard told by the step that makes it certain (its
   words and its flow, escape_flow_definite), not by its decision?  One
   whose decision already names its step keeps the decision's (a local
   returned by value: "returned"); one whose decision names another step,
   that is certain through a block or a container that is stored, or
   whose decision's flow ends where it is only possibly kept ("still
   stored when 'f' is called") is told by its step.  */
bool
escape_hazard_by_step (struct escape_graph *g, int obj)
{
  const escape_object *o = &g->objects[obj];
  if (!o->definite || !o->step || !escape_local_is_hazard (g, obj))
    return false;
  if (o->step->container >= 0)
    return o->step->kind != ESCAPE_STEP_RETURNED;
  int root = o->alias_of >= 0 ? o->alias_of : obj;
  gimple *kept = g->objects[root].kept_at;
  bool kept_uncertain = kept && !is_a <greturn *> (kept);
  if (kept_uncertain && o->step->kind == ESCAPE_STEP_STORED)
    return true;
  struct escape_style st = escape_diag_style ();
  struct escape_text why = { NULL, 0, 0 }, step = { NULL, 0, 0 };
  escape_write_why (g, obj, st, &why);
  escape_write_definite_why (g, obj, st, &step);
  bool other = strcmp (why.buf, step.buf) != 0;
  free (why.buf);
  free (step.buf);
  return (other || kept_uncertain)
	 && escape_decision_stmt (g, root) != o->step->stmt;
}

/* The warning of hazard OBJ, with FLOW (explain.c made it: the step's
   for a definite hazard told by its step, else the decision's, to which
   a possible one adds what may undo it).  */
static void
escape_hazard_warning (struct escape_graph *g, int obj, location_t loc,
		       const struct escape_flow *decision)
{
  struct escape_style st = escape_diag_style ();
  struct escape_text t = { NULL, 0, 0 };
  struct escape_flow flow = { vNULL, -1 };
  escape_text_add (&t, "address of ");
  escape_describe_object (g, obj, st, &t);
  struct escape_text why = { NULL, 0, 0 };
  bool definite = g->objects[obj].definite;
  if (escape_hazard_by_step (g, obj))
    escape_write_definite_why (g, obj, st, &why);
  else
    escape_write_why (g, obj, st, &why);
  if (definite)
    escape_text_add (&t, " escapes: %s", why.buf);
  else
    escape_text_add (&t, " may outlive %s%s%s: %s", st.open,
		     escape_decl_name (g->fun->decl), st.close, why.buf);
  for (unsigned i = 0; i < decision->steps.length (); i++)
    {
      escape_step s = decision->steps[i];
      s.diag = xstrdup (s.diag);
      s.json = xstrdup (s.json);
      flow.steps.safe_push (s);
    }
  escape_flow_undone (g, obj, &flow);
  /* no-werror: a build with -Werror keeps our warnings warnings.  */
  bool werror = ESCAPE_WERROR_REQUESTED ();
  if (escape_opts.no_werror)
    ESCAPE_SET_WERROR_REQUESTED (false);
  {
    /* One group: SARIF makes the flow notes the warning's
       relatedLocations, JSON its children.  */
    auto_diagnostic_group group;
    if (warning_at (loc, 0, "%s", t.buf))
      escape_emit_flow (&flow);
  }
  ESCAPE_SET_WERROR_REQUESTED (werror);
  escape_flow_release (&flow);
  free (t.buf);
  free (why.buf);
}

/* The warning or note for object OBJ, with its flow.  */
void
escape_diagnose_object (struct escape_graph *g, int obj,
			const struct escape_flow *flow)
{
  const escape_object *o = &g->objects[obj];
  location_t loc = escape_object_loc (g, obj);
  struct escape_text t = { NULL, 0, 0 };
  escape_write_object_decision (g, obj, escape_diag_style (), &t);
  /* With promotion off, a site that does not escape says so here.  */
  if (o->kind == ESCAPE_OBJ_HEAP && !escape_opts.promote && o->not_promoted)
    escape_text_add (&t, " (not promoted: %s)", o->not_promoted);
  if (escape_hazard_warns (g, obj))
    escape_hazard_warning (g, obj, loc, flow);
  else if (escape_opts.verbose >= 1)
    {
      inform (loc, "%s", t.buf);
      if (escape_opts.verbose >= 2)
	escape_emit_flow (flow);
    }
  /* With promotion on: every candidate, and every other heap site that
     does not escape, with its reason.  */
  if (escape_opts.verbose >= 1 && escape_opts.promote
      && (o->promote_candidate
	  || (o->kind == ESCAPE_OBJ_HEAP && !o->escapes && o->not_promoted)))
    escape_explain_promotion (g, obj, loc);
  free (t.buf);
}

/* The notes for a parameter, Go's words.  */
/* A parameter declared noescape that its function keeps: an error, with
   the path that keeps it.  */
void
escape_diagnose_noescape_violation (const struct escape_param_view *v)
{
  const char *why = v->leaks || v->result_level == 0 ? v->reason : "freed";
  error_at (v->loc, "parameter %qs is declared %<noescape%> but escapes: %s",
	    v->name, why ? why : "kept");
  escape_emit_flow (&v->flow);
}

void
escape_diagnose_param (const struct escape_param_view *v)
{
  if (escape_opts.verbose < 1)
    return;
  if (v->leaks)
    inform (v->loc, "leaking param: %s", v->name);
  else if (v->leaks_content)
    inform (v->loc, "leaking param content: %s", v->name);
  if (!v->leaks && v->result_level >= 0)
    inform (v->loc, "leaking param: %s to result level=%d", v->name,
	    v->result_level);
  if (!v->leaks && !v->leaks_content && v->result_level < 0)
    inform (v->loc, "%s does not escape", v->name);
  if (escape_opts.verbose >= 2)
    escape_emit_flow (&v->flow);
}
