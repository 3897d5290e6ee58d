/* graph/summary.c - the parameter summary as a value type: make,
 * compare, encode, decode and dump one, and the table of the summaries
 * of the translation unit's functions.
 *
 * The encoding is one line of text, stable for a version of the plugin:
 *   "N R|P0;P1;..." with N the parameter count, R returns_other, and
 *   each P "leak_heap,leak_content(level),leak_hazard,content_hazard(level),
 *   stored_into(hex),kept_into(hex),content_stored_into(hex),
 *   content_kept_into(hex),result_level,result_levels(hex),
 *   freed_levels(hex),written".  */

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

void
escape_summary_free (struct escape_summary *s)
{
  if (!s)
    return;
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
	  || x->stored_into != y->stored_into || x->kept_into != y->kept_into
	  || x->content_stored_into != y->content_stored_into
	  || x->content_kept_into != y->content_kept_into
	  || x->result_levels != y->result_levels
	  || x->freed_levels != y->freed_levels || x->written != y->written)
	return false;
    }
  return true;
}

/* The summary as one line of text (xmalloc'ed).  */
char *
escape_summary_encode (const struct escape_summary *s)
{
  char *text = xasprintf ("%d %d|", s->nparams, s->returns_other);
  for (int i = 0; i < s->nparams; i++)
    {
      const struct escape_param_summary *p = &s->params[i];
      char *more = xasprintf ("%s%s%d,%d,%d,%d,%x,%x,%x,%x,%d,%x,%x,%d",
			      text, i ? ";" : "", p->leak_heap,
			      p->leak_content, p->leak_hazard,
			      p->content_hazard, p->stored_into, p->kept_into,
			      p->content_stored_into, p->content_kept_into,
			      p->result_level,
			      p->result_levels, p->freed_levels, p->written);
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
  int heap, content, hazard, chazard, written, used = 0;
  if (sscanf (*text, "%d,%d,%d,%d,%x,%x,%x,%x,%d,%x,%x,%d%n", &heap,
	      &content, &hazard, &chazard, &p->stored_into, &p->kept_into,
	      &p->content_stored_into, &p->content_kept_into,
	      &p->result_level, &p->result_levels, &p->freed_levels, &written,
	      &used) != 12)
    return false;
  p->leak_heap = heap;
  p->leak_content = content;
  if ((content && content < ESCAPE_SUMMARY_CONTENT_LEVEL)
      || (chazard && chazard < ESCAPE_SUMMARY_CONTENT_LEVEL))
    return false;
  p->leak_hazard = hazard;
  p->content_hazard = chazard;
  p->written = written;
  *text += used;
  return true;
}

/* The summary TEXT encodes, or NULL when it is not one.  */
struct escape_summary *
escape_summary_decode (const char *text)
{
  int nparams, other, used = 0;
  if (sscanf (text, "%d %d|%n", &nparams, &other, &used) != 2 || used == 0
      || nparams < 0)
    return NULL;
  struct escape_summary *s = XCNEW (struct escape_summary);
  s->nparams = nparams;
  s->returns_other = other;
  s->params = XCNEWVEC (struct escape_param_summary, nparams + 1);
  text += used;
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
      fputc ('\n', out);
    }
}
