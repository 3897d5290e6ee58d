/* graph/summary.h - the parameter summary of a function, a small value
   type (graph/summary.c): what a function does with each parameter, as
   callers analysed later apply it.  Computed from a solved graph by
   summarize/summarize.c.  */

#ifndef ESCAPE_GRAPH_SUMMARY_H
#define ESCAPE_GRAPH_SUMMARY_H

#include "base/escape.h"

/* Parameters J that another parameter may be stored through are kept as
   bits of an unsigned: a store through a later parameter is a plain leak
   to caller memory.  */
#define ESCAPE_SUMMARY_MAX_STORED_PARAMS 32

/* The shallowest level of a parameter's content: what its pointee
   points to.  */
#define ESCAPE_SUMMARY_CONTENT_LEVEL 2

struct escape_param_summary
{
  bool leak_heap;	/* leaking param: p */
  /* leaking param content: p.  0, or the shallowest level K (2 or more:
     K-1 dereferences of the argument point to it) whose objects leak;
     the deepest level stands for all deeper ones.  */
  int leak_content;
  bool leak_hazard;	/* ...kept beyond the caller's frame (global, thread) */
  int content_hazard;	/* 0, or the shallowest level K that outlives the
			   caller's frame */
  unsigned stored_into;	/* bit J: stored into what parameter J points to */
  unsigned kept_into;	/* bit J: ...and still there when it returns */
  unsigned content_stored_into; /* bit J: what it points to is stored
				   into what parameter J points to */
  unsigned content_kept_into;	/* bit J: ...and still there */
  int result_level;	/* leaking param: p to result level=N, or -1 */
  unsigned result_levels; /* every level it may be returned at */
  unsigned freed_levels;	/* bit K-1: may free what is K levels down */
  bool written;		/* pointers may be stored into what it points to */
};

struct escape_summary
{
  int nparams;
  bool returns_other;	/* returns pointers not derived from params */
  struct escape_param_summary *params;
};

struct escape_summary *escape_summary_new (tree fndecl);
void escape_summary_free (struct escape_summary *s);
bool escape_summary_equal (const struct escape_summary *a,
			   const struct escape_summary *b);
char *escape_summary_encode (const struct escape_summary *s);
struct escape_summary *escape_summary_decode (const char *text);
void escape_summary_dump (FILE *out, tree fndecl,
			  const struct escape_summary *s);

/* The summaries of the translation unit's functions.  */
struct escape_summary *escape_summary_lookup (tree fndecl);
void escape_summary_store (tree fndecl, struct escape_summary *s);

#endif /* ESCAPE_GRAPH_SUMMARY_H */
