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

/* Where a function keeps a parameter on every path through it
   (must-keep, solve/definite.c): nowhere, in a global, or in the memory
   another parameter points to.  */
enum escape_keep_kind
{
  ESCAPE_KEEP_NONE,
  ESCAPE_KEEP_GLOBAL,
  ESCAPE_KEEP_PARAM
};

/* The levels of a parameter's memory the write bits tell apart: bit K-1
   is K dereferences down, the last bit that level and every deeper one
   (ESCAPE_PARAM_LEVELS, graph/graph.h).  */
#define ESCAPE_SUMMARY_WRITE_LEVELS 3

/* The globals a summary names as written, at most; a function that
   writes more is taken to write global memory at large.  */
#define ESCAPE_SUMMARY_MAX_GLOBALS 8

/* The bit of the encoding's W that says calls_unknown (graph/summary.c).  */
#define ESCAPE_SUMMARY_UNKNOWN_SHIFT 1

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
  /* must-keep: on every path through the function the argument itself
     is stored where it outlives the caller's frame, and left there.  */
  enum escape_keep_kind keep;
  tree keep_global;	/* ESCAPE_KEEP_GLOBAL: the global (NULL when read
			   back from text) */
  const char *keep_global_name;	/* ...its name (the global's own, or
				   xmalloc'ed when decoded) */
  int keep_param;	/* ESCAPE_KEEP_PARAM: the other parameter */
  int keep_level;	/* ...how many dereferences of it (1: *q = p) */
  bool keeps_beyond;	/* leak_hazard, in a global or handed to a
			   thread (itself or through a same-file
			   callee's keeps_beyond), not only stored in the
			   caller's memory (for link: outlives_caller) */
  bool must_return;	/* must-return: every return returns the
			   argument, or a pointer into it, or NULL (and
			   one at least returns it) */
  unsigned writes;	/* may-write: bit K-1, may write anything K levels
			   below the argument (any value, not only
			   pointers) */
};

struct escape_summary
{
  int nparams;
  bool returns_other;	/* returns pointers not derived from params */
  /* may-write, beyond the parameters' memory: memory reached through
     globals (or anything, for an unknown call), and the globals
     written by name.  */
  bool writes_global_memory;
  /* ...and whether it calls code nothing is known of, which may write
     whatever that code can reach (solve/undo.c): the memory of the
     arguments it is handed (in the parameters' writes), the globals
     that are not static, what the function published.  */
  bool calls_unknown;
  bool decoded;		/* read back from text: owns its names */
  int nglobals;
  tree globals[ESCAPE_SUMMARY_MAX_GLOBALS];
  const char *global_names[ESCAPE_SUMMARY_MAX_GLOBALS];
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
void escape_summary_add_global (struct escape_summary *s, tree decl);
void escape_summary_write_everything (struct escape_summary *s);
bool escape_summary_may_write_global (const struct escape_summary *s,
				      tree decl);

/* The summaries of the translation unit's functions.  */
struct escape_summary *escape_summary_lookup (tree fndecl);
void escape_summary_store (tree fndecl, struct escape_summary *s);

#endif /* ESCAPE_GRAPH_SUMMARY_H */
