/* graph/summary.c - the parameter summary as a value type: make,
 * compare, encode, decode and dump one, and the table of the summaries
 * of the translation unit's functions.
 *
 * The encoding is one line of text, stable for a version of the plugin:
 *   "N R|P0;P1;..." with N the parameter count, R returns_other, and
 *   each P "leak_heap,leak_content(level),leak_hazard,content_hazard(level),
 *   stored_into(hex),kept_into(hex),content_stored_into(hex),
 *   content_kept_into(hex),result_level,result_levels(hex),
 *   freed_levels(hex),written,keep,keep_param,keep_level,writes(hex),
 *   keeps_beyond,must_return,keep_global_name or -".  Since the may-write part the head is
 *   "N R W G|" with W writes_global_memory plus 2 for calls_unknown, and G the globals written by
 *   name, joined by ':', or "-".  */

#include "graph/summary.h"

/* Keyed by the function's DECL_UID: trees are not kept across
   functions unless registered with the garbage collector.  */
typedef hash_map<int_hash<int, -1, -2>, escape_summary *> escape_summary_map;
static escape_summary_map *escape_summaries;

struct escape_summary *
escape_summary_lookup (tree fndecl)
{
  if (!escape_summaries)
    return NULL;
  escape_summary **s = escape_summaries->get ((int) DECL_UID (fndecl));
  return s ? *s : NULL;
}

void
escape_summary_store (tree fndecl, struct escape_summary *s)
{
  if (!escape_summaries)
    escape_summaries = new escape_summary_map;
  escape_summary **old = escape_summaries->get ((int) DECL_UID (fndecl));
  if (old && *old != s)
    escape_summary_free (*old);
  escape_summaries->put ((int) DECL_UID (fndecl), s);
}

/* The names a decoded summary owns (a computed one borrows the
   declarations' own).  */
static void
escape_summary_free_names (struct escape_summary *s)
{
  if (!s->decoded)
    return;
  for (int i = 0; i < s->nglobals; i++)
    free ((char *) s->global_names[i]);
  for (int i = 0; i < s->nparams; i++)
    free ((char *) s->params[i].keep_global_name);
}

void
escape_summary_free (struct escape_summary *s)
{
  if (!s)
    return;
  escape_summary_free_names (s);
  XDELETEVEC (s->params);
  XDELETE (s);
}

struct escape_summary *
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

/* S writes global DECL by name.  */
void
escape_summary_add_global (struct escape_summary *s, tree decl)
{
  for (int i = 0; i < s->nglobals; i++)
    if (s->globals[i] == decl)
      return;
  if (s->nglobals == ESCAPE_SUMMARY_MAX_GLOBALS || !escape_decl_name (decl))
    {
      s->writes_global_memory = true;
      return;
    }
  s->globals[s->nglobals] = decl;
  s->global_names[s->nglobals++] = escape_decl_name (decl);
}

/* S may write anything: asm, an unknown store.  */
void
escape_summary_write_everything (struct escape_summary *s)
{
  s->writes_global_memory = true;
  s->calls_unknown = true;
  for (int i = 0; i < s->nparams; i++)
    s->params[i].writes = (1u << ESCAPE_SUMMARY_WRITE_LEVELS) - 1;
}

/* May the function S summarises write global DECL?  Through global
   memory at large, or by name (by the declaration, or by its name for a
   summary read back from text).  */
bool
escape_summary_may_write_global (const struct escape_summary *s, tree decl)
{
  if (s->writes_global_memory)
    return true;
  const char *name = escape_decl_name (decl);
  for (int i = 0; i < s->nglobals; i++)
    if (s->globals[i] == decl
	|| (!s->globals[i] && name && strcmp (s->global_names[i], name) == 0))
      return true;
  return false;
}

/* Do two global names (either may be NULL) name the same?  */
static bool
escape_same_name (const char *a, const char *b)
{
  return a == b || (a && b && strcmp (a, b) == 0);
}

bool
escape_summary_equal (const struct escape_summary *a,
		      const struct escape_summary *b)
{
  if (a->nparams != b->nparams || a->returns_other != b->returns_other
      || a->writes_global_memory != b->writes_global_memory
      || a->calls_unknown != b->calls_unknown
      || a->nglobals != b->nglobals)
    return false;
  for (int i = 0; i < a->nglobals; i++)
    if (!escape_same_name (a->global_names[i], b->global_names[i]))
      return false;
  for (int i = 0; i < a->nparams; i++)
    {
      const struct escape_param_summary *x = &a->params[i], *y = &b->params[i];
      if (x->leak_heap != y->leak_heap || x->leak_content != y->leak_content
	  || x->leak_hazard != y->leak_hazard
	  || x->content_hazard != y->content_hazard
	  || x->stored_into != y->stored_into || x->kept_into != y->kept_into
	  || x->content_stored_into != y->content_stored_into
	  || x->content_kept_into != y->content_kept_into
	  || x->result_levels != y->result_levels
	  || x->freed_levels != y->freed_levels || x->written != y->written
	  || x->keep != y->keep || x->keep_param != y->keep_param
	  || x->keep_level != y->keep_level || x->writes != y->writes
	  || x->must_return != y->must_return
	  || x->keeps_beyond != y->keeps_beyond
	  || !escape_same_name (x->keep_global_name, y->keep_global_name))
	return false;
    }
  return true;
}

/* The summary as one line of text (xmalloc'ed).  */
char *
escape_summary_encode (const struct escape_summary *s)
{
  char *text = xasprintf ("%d %d %d ", s->nparams, s->returns_other,
			  s->writes_global_memory
			  | (s->calls_unknown << ESCAPE_SUMMARY_UNKNOWN_SHIFT));
  for (int i = 0; i < s->nglobals; i++)
    {
      char *more = xasprintf ("%s%s%s", text, i ? ":" : "",
			      s->global_names[i]);
      free (text);
      text = more;
    }
  char *head = xasprintf ("%s%s|", text, s->nglobals ? "" : "-");
  free (text);
  text = head;
  for (int i = 0; i < s->nparams; i++)
    {
      const struct escape_param_summary *p = &s->params[i];
      char *more = xasprintf ("%s%s%d,%d,%d,%d,%x,%x,%x,%x,%d,%x,%x,%d,"
			      "%d,%d,%d,%x,%d,%d,%s",
			      text, i ? ";" : "", p->leak_heap,
			      p->leak_content, p->leak_hazard,
			      p->content_hazard, p->stored_into, p->kept_into,
			      p->content_stored_into, p->content_kept_into,
			      p->result_level,
			      p->result_levels, p->freed_levels, p->written,
			      (int) p->keep, p->keep_param, p->keep_level,
			      p->writes, p->keeps_beyond, p->must_return,
			      p->keep_global_name
					 ? p->keep_global_name : "-");
      free (text);
      text = more;
    }
  return text;
}

/* Parse the parameter summary at *TEXT into P; advance *TEXT.  */
static bool
escape_summary_decode_param (const char **text,
			     struct escape_param_summary *p)
{
  int heap, content, hazard, chazard, written, keep, beyond, must_return;
  int used = 0;
  if (sscanf (*text, "%d,%d,%d,%d,%x,%x,%x,%x,%d,%x,%x,%d,%d,%d,%d,%x,%d,%d,%n",
	      &heap, &content, &hazard, &chazard, &p->stored_into,
	      &p->kept_into, &p->content_stored_into, &p->content_kept_into,
	      &p->result_level, &p->result_levels, &p->freed_levels, &written,
	      &keep, &p->keep_param, &p->keep_level, &p->writes, &beyond,
	      &must_return, &used) != 18
      || used == 0 || keep < ESCAPE_KEEP_NONE || keep > ESCAPE_KEEP_PARAM)
    return false;
  p->keep = (enum escape_keep_kind) keep;
  size_t name_len = strcspn (*text + used, ";");
  if (name_len == 0)
    return false;
  if (strncmp (*text + used, "-", name_len) != 0)
    p->keep_global_name = xstrndup (*text + used, name_len);
  used += name_len;
  p->leak_heap = heap;
  p->leak_content = content;
  if ((content && content < ESCAPE_SUMMARY_CONTENT_LEVEL)
      || (chazard && chazard < ESCAPE_SUMMARY_CONTENT_LEVEL))
    return false;
  p->leak_hazard = hazard;
  p->content_hazard = chazard;
  p->written = written;
  p->keeps_beyond = beyond;
  p->must_return = must_return;
  *text += used;
  return true;
}

/* Parse the globals written by name at *TEXT ("a:b|" or "-|") into S;
   advance *TEXT past the '|'.  */
static bool
escape_summary_decode_globals (const char **text, struct escape_summary *s)
{
  if (strncmp (*text, "-|", 2) == 0)
    {
      *text += 2;
      return true;
    }
  for (;;)
    {
      size_t len = strcspn (*text, ":|");
      if (len == 0 || !(*text)[len] || s->nglobals == ESCAPE_SUMMARY_MAX_GLOBALS)
	return false;
      s->global_names[s->nglobals++] = xstrndup (*text, len);
      *text += len + 1;
      if ((*text)[-1] == '|')
	return true;
    }
}

/* The summary TEXT encodes, or NULL when it is not one.  */
struct escape_summary *
escape_summary_decode (const char *text)
{
  int nparams, other, globals, used = 0;
  if (sscanf (text, "%d %d %d %n", &nparams, &other, &globals, &used) != 3
      || used == 0 || nparams < 0)
    return NULL;
  struct escape_summary *s = XCNEW (struct escape_summary);
  s->decoded = true;
  s->nparams = nparams;
  s->returns_other = other;
  s->writes_global_memory = globals & 1;
  s->calls_unknown = (globals >> ESCAPE_SUMMARY_UNKNOWN_SHIFT) & 1;
  s->params = XCNEWVEC (struct escape_param_summary, nparams + 1);
  text += used;
  if (!escape_summary_decode_globals (&text, s))
    {
      escape_summary_free (s);
      return NULL;
    }
  for (int i = 0; i < nparams; i++)
    if ((i && *text++ != ';')
	|| !escape_summary_decode_param (&text, &s->params[i]))
      {
	escape_summary_free (s);
	return NULL;
      }
  if (*text)
    {
      escape_summary_free (s);
      return NULL;
    }
  return s;
}

/* Write S, the summary of FNDECL, to a dump file in words.  */
void
escape_summary_dump (FILE *out, tree fndecl, const struct escape_summary *s)
{
  char *text = escape_summary_encode (s);
  fprintf (out, ";; summary of %s: %s\n",
	   DECL_NAME (fndecl) ? IDENTIFIER_POINTER (DECL_NAME (fndecl)) : "?",
	   text);
  free (text);
  int i = 0;
  for (tree p = DECL_ARGUMENTS (fndecl); p && i < s->nparams;
       p = DECL_CHAIN (p), i++)
    {
      const struct escape_param_summary *ps = &s->params[i];
      const char *name = DECL_NAME (p) ? IDENTIFIER_POINTER (DECL_NAME (p))
			 : "(unnamed)";
      fprintf (out, ";;   param %d %s:%s%s%s%s%s", i, name,
	       ps->leak_heap ? " leaks" : "",
	       ps->leak_content ? " leaks-content" : "",
	       ps->leak_hazard || ps->content_hazard ? " outlives-caller" : "",
	       ps->written ? " written" : "",
	       ps->freed_levels ? " freed" : "");
      if (ps->result_level >= 0)
	fprintf (out, " to-result-level=%d", ps->result_level);
      if (ps->stored_into)
	fprintf (out, " stored-into=%#x kept-into=%#x", ps->stored_into,
		 ps->kept_into);
      if (ps->content_stored_into)
	fprintf (out, " content-stored-into=%#x kept-into=%#x",
		 ps->content_stored_into, ps->content_kept_into);
      if (!ps->leak_heap && !ps->leak_content && ps->result_level < 0
	  && !ps->stored_into && !ps->content_stored_into)
	fprintf (out, " does-not-escape");
      if (ps->keep == ESCAPE_KEEP_GLOBAL)
	fprintf (out, " must-keep=global:%s", ps->keep_global_name);
      else if (ps->keep == ESCAPE_KEEP_PARAM)
	fprintf (out, " must-keep=param:%d:level:%d", ps->keep_param,
		 ps->keep_level);
      if (ps->writes)
	fprintf (out, " writes=%#x", ps->writes);
      if (ps->must_return)
	fprintf (out, " must-return");
      fputc ('\n', out);
    }
}
