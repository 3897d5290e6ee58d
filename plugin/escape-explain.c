/* escape-explain.c - turn a solved graph into decisions: warnings for
 * hazards, Go -m style notes (verbose=1), flow paths (verbose=2) and
 * JSON Lines records (report=FILE).
 *
 * A flow path is rebuilt from the provenance the solver recorded: how
 * each node first got the object, back to the statement that took its
 * address or allocated it, then the step that made it escape.  Steps
 * through compiler temporaries are left out; user variables, objects
 * and the escaping statement are named.  */

#include "escape-graph.h"

/* --- a growable string ------------------------------------------------ */

struct escape_text
{
  char *buf;
  size_t len, cap;
};

static void escape_text_add (struct escape_text *t, const char *fmt, ...)
  ATTRIBUTE_PRINTF_2;

static void
escape_text_add (struct escape_text *t, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *piece = xvasprintf (fmt, ap);
  va_end (ap);
  size_t n = strlen (piece);
  if (t->len + n + 1 > t->cap)
    {
      t->cap = (t->len + n + 1) * 2;
      t->buf = (char *) xrealloc (t->buf, t->cap);
    }
  memcpy (t->buf + t->len, piece, n + 1);
  t->len += n;
  free (piece);
}

static void
escape_text_clear (struct escape_text *t)
{
  t->len = 0;
  if (t->buf)
    t->buf[0] = '\0';
}

/* Quotes: GCC's (locale-dependent) in diagnostics, plain in JSON.  */
struct escape_style
{
  const char *open, *close;
};

static struct escape_style
escape_diag_style (void)
{
  struct escape_style s = { open_quote, close_quote };
  return s;
}

static const struct escape_style escape_json_style = { "'", "'" };

/* --- names -------------------------------------------------------------- */

static const char *
escape_decl_name (tree decl)
{
  if (decl && DECL_NAME (decl))
    return IDENTIFIER_POINTER (DECL_NAME (decl));
  return NULL;
}

static const char *
escape_allocator_name (const escape_object *o)
{
  const char *name = escape_decl_name (o->allocator);
  if (name && strncmp (name, "__builtin_", 10) == 0)
    name += 10;
  return name ? name : "allocation";
}

/* The user variable an SSA name stands for, or NULL for temporaries.  */
static const char *
escape_ssa_user_name (tree ssa)
{
  if (!ssa || TREE_CODE (ssa) != SSA_NAME || !SSA_NAME_VAR (ssa))
    return NULL;
  tree var = SSA_NAME_VAR (ssa);
  if (DECL_ARTIFICIAL (var) || !DECL_NAME (var))
    return NULL;
  return IDENTIFIER_POINTER (DECL_NAME (var));
}

/* Is O the frame object GCC makes for variables nested functions use?  */
static bool
escape_is_frame_object (const escape_object *o)
{
  const char *name = escape_decl_name (o->decl);
  return o->decl && DECL_ARTIFICIAL (o->decl) && name
	 && strncmp (name, "FRAME.", 6) == 0;
}

/* Describe object OBJ: 'x', compound literal, malloc(...), ...  */
static void
escape_describe_object (struct escape_graph *g, int obj,
			struct escape_style st, struct escape_text *t)
{
  const escape_object *o = &g->objects[obj];
  switch (o->kind)
    {
    case ESCAPE_OBJ_LOCAL:
      if (escape_is_frame_object (o))
	escape_text_add (t, "the frame shared with nested functions");
      else if (escape_decl_name (o->decl))
	escape_text_add (t, "%s%s%s", st.open, escape_decl_name (o->decl),
			 st.close);
      else if (escape_is_compound_literal (o->decl))
	escape_text_add (t, "a compound literal");
      else
	escape_text_add (t, "a temporary");
      break;
    case ESCAPE_OBJ_HEAP:
      escape_text_add (t, "%s(...)", escape_allocator_name (o));
      break;
    case ESCAPE_OBJ_STACK:
      if (escape_decl_name (o->decl))
	escape_text_add (t, "%s%s%s", st.open, escape_decl_name (o->decl),
			 st.close);
      else
	escape_text_add (t, "%s(...)", escape_allocator_name (o));
      break;
    case ESCAPE_OBJ_PARAM:
      escape_text_add (t, "memory reached through parameter %s%s%s",
		       st.open, escape_decl_name (o->decl), st.close);
      break;
    case ESCAPE_OBJ_RESULT:
      escape_text_add (t, "the return value");
      break;
    case ESCAPE_OBJ_GLOBAL:
      escape_text_add (t, "global memory");
      break;
    }
}

/* The global variable a store statement writes, if it names one.  */
static tree
escape_stored_global (gimple *stmt)
{
  if (!stmt)
    return NULL_TREE;
  tree lhs = NULL_TREE;
  /* memcpy (&g, ...) and friends write through their first argument.  */
  if (is_gimple_call (stmt) && gimple_call_num_args (stmt) > 0
      && TREE_CODE (gimple_call_arg (stmt, 0)) == ADDR_EXPR)
    lhs = TREE_OPERAND (gimple_call_arg (stmt, 0), 0);
  else if (gimple_has_lhs (stmt))
    lhs = gimple_get_lhs (stmt);
  tree base = lhs ? get_base_address (lhs) : NULL_TREE;
  if (base && VAR_P (base) && (TREE_STATIC (base) || DECL_EXTERNAL (base))
      && DECL_NAME (base))
    return base;
  return NULL_TREE;
}

/* --- flow steps --------------------------------------------------------- */

struct escape_step
{
  location_t loc;
  char *diag;	/* text with GCC's quotes */
  char *json;	/* text with plain quotes */
};

#define ESCAPE_MAX_STEPS 40

struct escape_flow
{
  vec<escape_step> steps;
  int shown;		/* the object named at the origin, or -1 */
};

/* A step rendered twice, once per quoting style, by WRITE.  */
typedef void (*escape_step_writer) (struct escape_graph *g, const void *data,
				    struct escape_style st,
				    struct escape_text *t);

static void
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

static void
escape_flow_release (struct escape_flow *f)
{
  for (unsigned i = 0; i < f->steps.length (); i++)
    {
      free (f->steps[i].diag);
      free (f->steps[i].json);
    }
  f->steps.release ();
}

/* Step writers.  DATA is what each needs.  */
struct escape_step_data
{
  int obj;		/* the object the step is about */
  int other;		/* container object, or -1 */
  tree name_decl;	/* a declaration to name */
  const char *name;	/* a name */
  gimple *stmt;
  enum escape_reason reason;
};

static void
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

static void
escape_write_assigned (struct escape_graph *g, const void *data,
		       struct escape_style st, struct escape_text *t)
{
  const struct escape_step_data *d = (const struct escape_step_data *) data;
  escape_text_add (t, "assigned to %s%s%s", st.open, d->name, st.close);
}

/* "stored in 'o'", "stored in global 'g'", "stored through parameter".  */
static void
escape_write_stored (struct escape_graph *g, const void *data,
		     struct escape_style st, struct escape_text *t)
{
  const struct escape_step_data *d = (const struct escape_step_data *) data;
  const escape_object *c = &g->objects[d->other];
  if (c->kind == ESCAPE_OBJ_GLOBAL)
    {
      tree global = escape_stored_global (d->stmt);
      if (global)
	escape_text_add (t, "stored in global %s%s%s", st.open,
			 escape_decl_name (global), st.close);
      else
	escape_text_add (t, "stored in global memory");
      return;
    }
  if (c->kind == ESCAPE_OBJ_PARAM)
    {
      escape_text_add (t, "stored in %smemory of the caller, through "
		       "parameter %s%s%s", c->level > 1 ? "deeper " : "",
		       st.open, escape_decl_name (c->decl), st.close);
      return;
    }
  escape_text_add (t, "stored in ");
  escape_describe_object (g, d->other, st, t);
}

static void
escape_write_callee (tree callee, struct escape_style st,
		     struct escape_text *t)
{
  if (callee && DECL_NAME (callee))
    escape_text_add (t, "%s%s%s", st.open, escape_decl_name (callee),
		     st.close);
  else
    escape_text_add (t, "an indirect call");
}

/* The text of an escape event: "returned", "passed to 'f'", ...  */
static void
escape_write_event (struct escape_graph *g, const void *data,
		    struct escape_style st, struct escape_text *t)
{
  const escape_event *e = (const escape_event *) data;
  switch (e->reason)
    {
    case ESCAPE_REASON_RETURNED:
      escape_text_add (t, "returned");
      break;
    case ESCAPE_REASON_CALL:
      escape_text_add (t, "passed to ");
      escape_write_callee (e->callee, st, t);
      break;
    case ESCAPE_REASON_THREAD:
      escape_text_add (t, "passed to another thread by ");
      escape_write_callee (e->callee, st, t);
      break;
    case ESCAPE_REASON_INTEGER:
      escape_text_add (t, "converted to an integer");
      break;
    case ESCAPE_REASON_ASM:
      escape_text_add (t, "used by inline asm");
      break;
    default:
      escape_text_add (t, "used in a way the analysis does not understand");
      break;
    }
}

static location_t
escape_stmt_loc (gimple *stmt, location_t fallback)
{
  location_t loc = stmt ? gimple_location (stmt) : UNKNOWN_LOCATION;
  if (loc <= BUILTINS_LOCATION)
    return fallback;
  return expansion_point_location_if_in_system_header (loc);
}

/* Where the step into a node happened: a statement's location or, for a
   PHI (which has none), the location of the incoming argument FROM.  */
static location_t
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

static location_t escape_object_loc (struct escape_graph *g, int obj);

/* Can a flow step name OBJ?  Compiler temporaries are left out.  */
static bool
escape_is_nameable (struct escape_graph *g, int obj)
{
  const escape_object *o = &g->objects[obj];
  if (o->kind != ESCAPE_OBJ_LOCAL)
    return true;
  if (escape_is_frame_object (o))
    return true;
  return (escape_decl_name (o->decl) && !DECL_ARTIFICIAL (o->decl))
	 || escape_is_compound_literal (o->decl);
}

/* Append the steps by which NODE came to point to OBJ, oldest first.  */
static void
escape_flow_chain (struct escape_graph *g, int node, int obj,
		   struct escape_flow *f, gimple *consumer)
{
  struct link
  {
    int node;
    escape_prov prov;
  };
  vec<link> chain = vNULL;
  for (int cur = node, guard = 0; cur >= 0 && guard < 256; guard++)
    {
      HOST_WIDE_INT key = ((HOST_WIDE_INT) cur << 32) | obj;
      escape_prov *p = g->prov->get (key);
      if (!p)
	break;
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
static void
escape_flow_event (struct escape_graph *g, int obj, int event,
		   struct escape_flow *f)
{
  const escape_event *e = &g->events[event];
  escape_flow_chain (g, e->node, obj, f, e->stmt);
  location_t fallback = f->steps.is_empty () ? g->fun->function_end_locus
			: f->steps.last ().loc;
  escape_flow_add (g, f, escape_stmt_loc (e->stmt, fallback),
		   escape_write_event, e);
}

/* The whole path that made OBJ escape.  */
static void
escape_flow_of (struct escape_graph *g, int obj, struct escape_flow *f,
		int depth)
{
  if (g->objects[obj].alias_of >= 0)
    {
      f->shown = obj;
      obj = g->objects[obj].alias_of;
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
  if (c->kind != ESCAPE_OBJ_GLOBAL && c->kind != ESCAPE_OBJ_PARAM
      && depth < 8)
    escape_flow_of (g, o->via_object, f, depth + 1);
}

/* --- decisions ---------------------------------------------------------- */

static location_t
escape_object_loc (struct escape_graph *g, int obj)
{
  const escape_object *o = &g->objects[obj];
  location_t loc = UNKNOWN_LOCATION;
  if (o->kind == ESCAPE_OBJ_HEAP
      || (o->kind == ESCAPE_OBJ_STACK && !o->decl))
    loc = gimple_location (o->alloc);
  else if (o->decl)
    loc = DECL_SOURCE_LOCATION (o->decl);
  if (loc == UNKNOWN_LOCATION)
    loc = DECL_SOURCE_LOCATION (g->fun->decl);
  /* alloca (n) from <alloca.h> is a system header's macro: point at the
     user's code, where GCC will not drop the diagnostic.  */
  return expansion_point_location_if_in_system_header (loc);
}

static const char *
escape_reason_keyword (enum escape_reason r)
{
  switch (r)
    {
    case ESCAPE_REASON_NONE: return NULL;
    case ESCAPE_REASON_RETURNED: return "returned";
    case ESCAPE_REASON_GLOBAL: return "global";
    case ESCAPE_REASON_CALLER_MEMORY: return "caller-memory";
    case ESCAPE_REASON_ESCAPING_OBJECT: return "escaping-object";
    case ESCAPE_REASON_CALL: return "call";
    case ESCAPE_REASON_THREAD: return "thread";
    case ESCAPE_REASON_INTEGER: return "integer";
    case ESCAPE_REASON_ASM: return "asm";
    case ESCAPE_REASON_UNKNOWN: return "unknown";
    }
  return "unknown";
}

/* Why OBJ escapes, in words: "returned", "stored in global 'g'", ...  */
static void
escape_write_why (struct escape_graph *g, int obj, struct escape_style st,
		  struct escape_text *t)
{
  const escape_object *o = &g->objects[obj];
  if (o->event >= 0)
    {
      escape_write_event (g, &g->events[o->event], st, t);
      return;
    }
  if (o->via_object < 0)
    {
      escape_text_add (t, "used in a way the analysis does not understand");
      return;
    }
  const escape_object *c = &g->objects[o->via_object];
  struct escape_step_data d;
  memset (&d, 0, sizeof d);
  d.obj = obj;
  d.other = o->via_object;
  int tracked = o->alias_of >= 0 ? o->alias_of : obj;
  HOST_WIDE_INT key = ((HOST_WIDE_INT) c->content << 32) | tracked;
  escape_prov *p = g->prov->get (key);
  d.stmt = p ? p->stmt : NULL;
  escape_write_stored (g, &d, st, t);
  if (c->kind != ESCAPE_OBJ_GLOBAL && c->kind != ESCAPE_OBJ_PARAM)
    escape_text_add (t, ", which escapes");
}

/* A local whose address outlives its frame is a hazard worth a warning
   even at verbose=0.  */
static bool
escape_is_hazard (struct escape_graph *g, int obj)
{
  const escape_object *o = &g->objects[obj];
  if (o->kind != ESCAPE_OBJ_LOCAL && o->kind != ESCAPE_OBJ_STACK)
    return false;
  return escape_is_hazardous (g, obj);
}

static void
escape_write_object_decision (struct escape_graph *g, int obj,
			      struct escape_style st, struct escape_text *t)
{
  const escape_object *o = &g->objects[obj];
  if (o->kind == ESCAPE_OBJ_HEAP || (o->kind == ESCAPE_OBJ_STACK && !o->decl))
    {
      escape_describe_object (g, obj, st, t);
      if (!o->escapes)
	{
	  escape_text_add (t, " does not escape");
	  return;
	}
      escape_text_add (t, o->kind == ESCAPE_OBJ_HEAP ? " escapes to heap: "
						    : " escapes: ");
      escape_write_why (g, obj, st, t);
      return;
    }
  if (!o->escapes)
    {
      escape_describe_object (g, obj, st, t);
      escape_text_add (t, " does not escape");
      return;
    }
  escape_text_add (t, "address of ");
  escape_describe_object (g, obj, st, t);
  escape_text_add (t, " escapes: ");
  escape_write_why (g, obj, st, t);
}

/* --- output ------------------------------------------------------------- */

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

static void
escape_json_flow (const struct escape_flow *f)
{
  escape_report_puts (",\"flow\":[");
  for (unsigned i = 0; i < f->steps.length (); i++)
    {
      expanded_location x = expand_location (f->steps[i].loc);
      char num[64];
      escape_report_puts (i ? ",{\"file\":" : "{\"file\":");
      escape_report_json_string (x.file ? x.file : "");
      snprintf (num, sizeof num, ",\"line\":%d,\"column\":%d,\"note\":",
		x.line, x.column);
      escape_report_puts (num);
      escape_report_json_string (f->steps[i].json);
      escape_report_puts ("}");
    }
  escape_report_puts ("]");
}

/* The fields every record starts with.  */
static void
escape_json_begin (struct escape_graph *g, location_t loc, const char *kind,
		   const char *name)
{
  expanded_location x = expand_location (loc);
  char num[64];
  escape_report_puts ("{\"schema\":1,\"file\":");
  escape_report_json_string (x.file ? x.file : "");
  snprintf (num, sizeof num, ",\"line\":%d,\"column\":%d,\"function\":",
	    x.line, x.column);
  escape_report_puts (num);
  escape_report_json_string (function_name (g->fun));
  escape_report_puts (",\"kind\":");
  escape_report_json_string (kind);
  escape_report_puts (",\"name\":");
  escape_report_json_string (name);
}

/* Append ITEM to a JSON list of strings; *FIRST tracks the comma.  */
static void
escape_json_list_item (bool *first, const char *item)
{
  if (!*first)
    escape_report_puts (",");
  *first = false;
  escape_report_json_string (item);
}

static void
escape_json_reason (bool escapes, const char *reason)
{
  escape_report_puts (escapes ? ",\"escapes\":true,\"reason\":"
			      : ",\"escapes\":false,\"reason\":");
  if (reason)
    escape_report_json_string (reason);
  else
    escape_report_puts ("null");
}

static void
escape_report_object (struct escape_graph *g, int obj,
		      const struct escape_flow *f)
{
  const escape_object *o = &g->objects[obj];
  bool heap = o->kind == ESCAPE_OBJ_HEAP;
  const char *name = heap ? escape_allocator_name (o)
		     : escape_decl_name (o->decl) ? escape_decl_name (o->decl)
		     : o->kind == ESCAPE_OBJ_STACK ? escape_allocator_name (o)
		     : "(compound literal)";
  escape_json_begin (g, escape_object_loc (g, obj), heap ? "heap" : "local",
		     name);
  escape_json_reason (o->escapes, escape_reason_keyword (o->reason));
  if (heap)
    {
      escape_report_puts (o->promoted ? ",\"promoted\":true"
				      : ",\"promoted\":false");
      escape_report_puts (",\"not_promoted\":");
      if (o->not_promoted)
	escape_report_json_string (o->not_promoted);
      else
	escape_report_puts ("null");
    }
  escape_json_flow (f);
  escape_report_puts ("}\n");
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
		     " bytes)", (unsigned HOST_WIDE_INT) o->promote_size);
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

static void
escape_explain_object (struct escape_graph *g, int obj)
{
  const escape_object *o = &g->objects[obj];
  location_t loc = escape_object_loc (g, obj);
  struct escape_flow flow = { vNULL, -1 };
  if (o->escapes)
    escape_flow_of (g, obj, &flow, 0);
  struct escape_text t = { NULL, 0, 0 };
  escape_write_object_decision (g, obj, escape_diag_style (), &t);
  if (escape_is_hazard (g, obj))
    {
      /* One group: SARIF makes the flow notes the warning's
	 relatedLocations, JSON its children.  */
      auto_diagnostic_group group;
      if (warning_at (loc, 0, "%s", t.buf))
	escape_emit_flow (&flow);
    }
  else if (escape_opts.verbose >= 1)
    {
      inform (loc, "%s", t.buf);
      if (escape_opts.verbose >= 2)
	escape_emit_flow (&flow);
    }
  if (o->promote_candidate && escape_opts.verbose >= 1)
    escape_explain_promotion (g, obj, loc);
  if (escape_opts.report_path)
    escape_report_object (g, obj, &flow);
  free (t.buf);
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

static void
escape_explain_param (struct escape_graph *g, int index, tree parm,
		      const struct escape_param_summary *p)
{
  const char *name = escape_decl_name (parm);
  location_t loc = DECL_SOURCE_LOCATION (parm);
  int leak = escape_param_leak_object (g, index);
  int level1 = escape_param_object (g, index, 1);
  bool stored = p->stored_into != 0 && !p->leak_heap;
  /* A value returned as a non-pointer is not a leak to the result the
     user can see; the summary still keeps it for callers.  */
  int result_level = escape_returns_pointers (g) ? p->result_level : -1;
  unsigned result_levels = result_level >= 0 ? p->result_levels : 0;
  struct escape_flow flow = { vNULL, -1 };
  if (leak >= 0)
    escape_flow_of (g, leak, &flow, 0);
  else if (stored)
    {
      /* Stored through another parameter (*q = p).  */
      int j = ctz_hwi (p->stored_into);
      escape_flow_chain (g, g->objects[escape_param_object (g, j, 1)].content,
			 level1, &flow, NULL);
    }
  else if (result_level >= 0)
    {
      int obj = escape_param_object (g, index, result_level + 1);
      if (g->objects[obj].result_event >= 0)
	escape_flow_event (g, obj, g->objects[obj].result_event, &flow);
    }
  if (escape_opts.verbose >= 1)
    {
      if (p->leak_heap || stored)
	inform (loc, "leaking param: %s", name);
      else if (p->leak_content)
	inform (loc, "leaking param content: %s", name);
      if (!p->leak_heap && !stored && result_level >= 0)
	inform (loc, "leaking param: %s to result level=%d", name,
		result_level);
      if (!p->leak_heap && !stored && !p->leak_content && result_level < 0)
	inform (loc, "%s does not escape", name);
      if (escape_opts.verbose >= 2)
	escape_emit_flow (&flow);
    }
  if (escape_opts.report_path)
    {
      bool escapes = p->leak_heap || stored || p->leak_content
		     || result_level >= 0;
      const char *reason = leak >= 0
			   ? escape_reason_keyword (g->objects[leak].reason)
			   : stored ? "caller-memory"
			   : escapes ? "returned" : NULL;
      escape_json_begin (g, loc, "param", name);
      escape_json_reason (escapes, reason);
      escape_report_puts (",\"leaks\":[");
      bool first = true;
      if (p->leak_heap || stored)
	escape_json_list_item (&first, "heap");
      if (p->leak_content && !p->leak_heap)
	escape_json_list_item (&first, "content");
      for (int level = 0; level < ESCAPE_PARAM_LEVELS; level++)
	if (!p->leak_heap && (result_levels & (1u << level)))
	  {
	    char buf[32];
	    snprintf (buf, sizeof buf, "result:%d", level);
	    escape_json_list_item (&first, buf);
	  }
      if (p->freed_levels)
	escape_json_list_item (&first, "freed");
      escape_report_puts ("]");
      escape_json_flow (&flow);
      escape_report_puts ("}\n");
    }
  escape_flow_release (&flow);
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
      escape_explain_param (g, list[i].param, list[i].parm,
			    &summary->params[list[i].param]);
  list.release ();
}
