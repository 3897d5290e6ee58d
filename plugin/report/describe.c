/* report/describe.c - the words of the messages and records: names of
 * variables, objects and callees, what an escape event and a store are
 * called, the report's reason keywords, and where an object is.  Text
 * is written twice, with GCC's quotes for diagnostics and plain quotes
 * for JSON (struct escape_style).  */

#include "report/describe.h"
#include "knowledge/alloc.h"
#include "frontend/generic.h"

/* --- a growable string ------------------------------------------------ */

void
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

void
escape_text_clear (struct escape_text *t)
{
  t->len = 0;
  if (t->buf)
    t->buf[0] = '\0';
}

/* Quotes: GCC's (locale-dependent) in diagnostics, plain in JSON.  */
struct escape_style
escape_diag_style (void)
{
  struct escape_style s = { open_quote, close_quote };
  return s;
}

const struct escape_style escape_json_style = { "'", "'" };

/* --- names -------------------------------------------------------------- */

/* The user variable an SSA name stands for, or NULL for temporaries.  */
const char *
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
bool
escape_is_frame_object (const escape_object *o)
{
  const char *name = escape_decl_name (o->decl);
  return o->decl && DECL_ARTIFICIAL (o->decl) && name
	 && strncmp (name, ESCAPE_FRAME_PREFIX,
		     sizeof ESCAPE_FRAME_PREFIX - 1) == 0;
}

/* Describe object OBJ: 'x', compound literal, malloc(...), ...  */
void
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
      escape_text_add (t, "%s(...)", escape_alloc_display_name (o->allocator));
      break;
    case ESCAPE_OBJ_STACK:
      if (escape_decl_name (o->decl))
	escape_text_add (t, "%s%s%s", st.open, escape_decl_name (o->decl),
			 st.close);
      else
	escape_text_add (t, "%s(...)", escape_alloc_display_name (o->allocator));
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
tree
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

/* --- what happened ------------------------------------------------------ */

/* "stored in 'o'", "stored in global 'g'", "stored through parameter".  */
void
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
void
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

location_t
escape_stmt_loc (gimple *stmt, location_t fallback)
{
  location_t loc = stmt ? gimple_location (stmt) : UNKNOWN_LOCATION;
  if (loc <= BUILTINS_LOCATION)
    return fallback;
  /* In a macro, the line that uses it: where the report puts it.  */
  return expansion_point_location (loc);
}

/* Can a flow step name OBJ?  Compiler temporaries are left out.  */
bool
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

/* --- decisions ---------------------------------------------------------- */

location_t
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
  /* A local declared by a macro (LMDB's WITH_CURSOR_TRACKING), or
     alloca (n) from <alloca.h>: the line that uses the macro, as the
     report has it (expand_location), so that the warning, its notes and
     the record name one place; GCC would also drop a diagnostic located
     in a system header.  */
  return expansion_point_location (loc);
}

const char *
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
void
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
  const escape_prov *p = escape_prov_get (g, c->content, tracked);
  d.stmt = p ? p->stmt : NULL;
  escape_write_stored (g, &d, st, t);
  if (c->kind != ESCAPE_OBJ_GLOBAL && c->kind != ESCAPE_OBJ_PARAM)
    escape_text_add (t, ", which escapes");
}

void
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

