/* report/flow.c - flow paths: how an object reached the place it
 * escapes, step by step, as Go's -m=2 shows it.
 *
 * A path is rebuilt from the provenance the solver recorded: how each
 * node first got the object, back to the statement that took its
 * address or allocated it, then the step that made it escape.  Steps
 * through compiler temporaries are left out; user variables, objects
 * and the escaping statement are named.  Each step is kept in both
 * quoting styles, for diagnostics and for the report.  */

#include "report/flow.h"

/* Append a step at LOC, rendered twice, once per quoting style, by
   WRITE.  */
void
escape_flow_add (struct escape_graph *g, struct escape_flow *f, location_t loc,
		 escape_step_writer write, const void *data)
{
  if (f->steps.length () >= ESCAPE_MAX_STEPS)
    return;
  struct escape_text t = { NULL, 0, 0 };
  write (g, data, escape_diag_style (), &t);
  escape_step s;
  s.loc = loc;
  s.diag = xstrdup (t.buf ? t.buf : "");
  escape_text_clear (&t);
  write (g, data, escape_json_style, &t);
  s.json = xstrdup (t.buf ? t.buf : "");
  free (t.buf);
  /* Drop a step that repeats the previous one.  */
  if (!f->steps.is_empty ())
    {
      escape_step *last = &f->steps.last ();
      if (last->loc == loc && strcmp (last->json, s.json) == 0)
	{
	  free (s.diag);
	  free (s.json);
	  return;
	}
    }
  f->steps.safe_push (s);
}

void
escape_flow_release (struct escape_flow *f)
{
  for (unsigned i = 0; i < f->steps.length (); i++)
    {
      free (f->steps[i].diag);
      free (f->steps[i].json);
    }
  f->steps.release ();
}

/* --- steps ------------------------------------------------------------ */

void
escape_write_origin (struct escape_graph *g, const void *data,
		     struct escape_style st, struct escape_text *t)
{
  const struct escape_step_data *d = (const struct escape_step_data *) data;
  const escape_object *o = &g->objects[d->obj];
  if (o->kind == ESCAPE_OBJ_STACK && o->decl)
    escape_text_add (t, "storage of %s%s%s allocated", st.open,
		     escape_decl_name (o->decl), st.close);
  else if (o->kind == ESCAPE_OBJ_HEAP || o->kind == ESCAPE_OBJ_STACK)
    {
      escape_text_add (t, "allocated by ");
      escape_describe_object (g, d->obj, st, t);
    }
  else if (o->kind == ESCAPE_OBJ_PARAM)
    escape_text_add (t, "%s parameter %s%s%s",
		     o->level > 1 ? "what is pointed to by" : "value of",
		     st.open, escape_decl_name (o->decl), st.close);
  else
    {
      escape_text_add (t, "address of ");
      escape_describe_object (g, d->obj, st, t);
      escape_text_add (t, " taken");
    }
}

void
escape_write_assigned (struct escape_graph *g, const void *data,
		       struct escape_style st, struct escape_text *t)
{
  const struct escape_step_data *d = (const struct escape_step_data *) data;
  escape_text_add (t, "assigned to %s%s%s", st.open, d->name, st.close);
}

/* Where the step into a node happened: a statement's location or, for a
   PHI (which has none), the location of the incoming argument FROM.  */
location_t
escape_step_loc (struct escape_graph *g, gimple *stmt, int from,
		 location_t fallback)
{
  gphi *phi = stmt ? dyn_cast <gphi *> (stmt) : NULL;
  if (!phi)
    return escape_stmt_loc (stmt, fallback);
  tree ssa = from >= 0 ? g->nodes[from].ssa : NULL_TREE;
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      tree arg = gimple_phi_arg_def (phi, i);
      bool match = ssa ? arg == ssa : TREE_CODE (arg) == ADDR_EXPR;
      if (!match)
	continue;
      location_t loc = gimple_phi_arg_location (phi, i);
      if (loc > BUILTINS_LOCATION)
	return loc;
      if (ssa && !SSA_NAME_IS_DEFAULT_DEF (ssa))
	return escape_stmt_loc (SSA_NAME_DEF_STMT (ssa), fallback);
    }
  return fallback;
}

/* "still stored at return" (D->stmt is where the path leaves: the
   return, or the last statement before it), or where it may be read
   before it is undone (a call, asm): where the hazard walk stopped.  */
static void
escape_write_still_stored (struct escape_graph *, const void *data,
			   struct escape_style st, struct escape_text *t)
{
  const struct escape_step_data *d = (const struct escape_step_data *) data;
  gimple *stmt = d->stmt;
  tree callee = is_gimple_call (stmt) ? gimple_call_fndecl (stmt) : NULL;
  if (callee && DECL_NAME (callee))
    escape_text_add (t, "still stored when %s%s%s is called", st.open,
		     IDENTIFIER_POINTER (DECL_NAME (callee)), st.close);
  else if (is_gimple_call (stmt))
    escape_text_add (t, "still stored at a call through a pointer");
  else if (gimple_code (stmt) == GIMPLE_ASM)
    escape_text_add (t, "still stored at an asm statement");
  else
    escape_text_add (t, "still stored at return");
}

/* The last step of an address that outlives the frame because a store
   is not undone: the path that keeps it (solve/outlives.c).  */
static void
escape_flow_kept (struct escape_graph *g, int obj, struct escape_flow *f)
{
  const escape_object *o = &g->objects[obj];
  if (!o->outlives || !o->kept_at)
    return;
  struct escape_step_data d = { obj, -1, NULL_TREE, NULL, o->kept_at,
				ESCAPE_REASON_UNKNOWN };
  escape_flow_add (g, f, escape_stmt_loc (o->kept_at, UNKNOWN_LOCATION),
		   escape_write_still_stored, &d);
}

/* Append the steps by which NODE came to point to OBJ, oldest first.  */
void
escape_flow_chain (struct escape_graph *g, int node, int obj,
		   struct escape_flow *f, gimple *consumer)
{
  struct link
  {
    int node;
    escape_prov prov;
  };
  vec<link> chain = vNULL;
  /* Each node got OBJ first from a node that had it before, so the
     chain is no longer than the node count.  */
  for (int cur = node; cur >= 0; )
    {
      const escape_prov *p = escape_prov_get (g, cur, obj);
      if (!p)
	break;
      if (chain.length () > g->nodes.length ())
	{
	  escape_internal_limit (g, "a flow path does not end");
	  break;
	}
      link l = { cur, *p };
      chain.safe_push (l);
      cur = p->from;
    }
  location_t fallback = escape_object_loc (g, obj);
  for (int i = (int) chain.length () - 1; i >= 0; i--)
    {
      const link *l = &chain[i];
      struct escape_step_data d;
      memset (&d, 0, sizeof d);
      d.obj = obj;
      d.other = -1;
      d.stmt = l->prov.stmt;
      if (l->prov.from < 0)
	{
	  /* The origin: for an address, where it was first used.  */
	  gimple *first = i > 0 ? chain[i - 1].prov.stmt : consumer;
	  int first_from = i > 0 ? chain[i - 1].prov.from : l->node;
	  location_t loc = g->objects[obj].kind == ESCAPE_OBJ_LOCAL
			   ? escape_step_loc (g, first, first_from, fallback)
			   : fallback;
	  if (f->shown >= 0)
	    d.obj = f->shown;
	  escape_flow_add (g, f, loc, escape_write_origin, &d);
	  continue;
	}
      location_t loc = escape_step_loc (g, l->prov.stmt, l->prov.from,
					fallback);
      int content_of = g->nodes[l->node].content_of;
      if (content_of >= 0 && l->prov.kind == ESCAPE_EDGE_STORE
	  && escape_is_nameable (g, content_of))
	{
	  d.other = content_of;
	  escape_flow_add (g, f, loc, escape_write_stored, &d);
	}
      else if (content_of < 0
	       && (d.name = escape_ssa_user_name (g->nodes[l->node].ssa)))
	escape_flow_add (g, f, loc, escape_write_assigned, &d);
    }
  chain.release ();
}

/* The steps by which OBJ reached event EVENT, and the event itself.  A
   merged return statement has no location of its own: the last step
   before it (the copy into the return value) stands in for it.  */
void
escape_flow_event (struct escape_graph *g, int obj, int event,
		   struct escape_flow *f)
{
  const escape_event *e = &g->events[event];
  escape_flow_chain (g, e->node, obj, f, e->stmt);
  location_t fallback = f->steps.is_empty () ? g->fun->function_end_locus
			: f->steps.last ().loc;
  /* A merged return has no location: the step into its value does (the
     copy into the return value, or the PHI edge of the return taken).  */
  const escape_prov *into = escape_prov_get (g, e->node, obj);
  if (into && into->from >= 0)
    fallback = escape_step_loc (g, into->stmt, into->from, fallback);
  escape_flow_add (g, f, escape_stmt_loc (e->stmt, fallback),
		   escape_write_event, e);
}

/* The whole path that made OBJ escape: into the objects that contain
   it, one after the other, to the event or the store that made the last
   of them escape.  The steps are capped at ESCAPE_MAX_STEPS.  */
/* The steps by which OBJ escaped: its event, or the containers it
   escaped with.  */
static void
escape_flow_path (struct escape_graph *g, int obj, struct escape_flow *f)
{
  /* Each container escaped before what it contains: no more containers
     than objects.  */
  for (unsigned steps = 0; ; steps++)
    {
      if (steps > g->objects.length ())
	{
	  escape_internal_limit (g, "a chain of containers does not end");
	  return;
	}
      const escape_object *o = &g->objects[obj];
      if (o->event >= 0)
	{
	  escape_flow_event (g, obj, o->event, f);
	  return;
	}
      if (o->via_object < 0)
	return;
      escape_flow_chain (g, g->objects[o->via_object].content, obj, f, NULL);
      const escape_object *c = &g->objects[o->via_object];
      if (c->kind == ESCAPE_OBJ_GLOBAL || c->kind == ESCAPE_OBJ_PARAM
	  || f->steps.length () >= ESCAPE_MAX_STEPS)
	return;
      obj = o->via_object;
    }
}

void
escape_flow_of (struct escape_graph *g, int obj, struct escape_flow *f)
{
  if (g->objects[obj].alias_of >= 0)
    {
      f->shown = obj;
      obj = g->objects[obj].alias_of;
    }
  escape_flow_path (g, obj, f);
  escape_flow_kept (g, obj, f);
}
