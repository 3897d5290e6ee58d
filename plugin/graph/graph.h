/* graph/graph.h - the escape graph of one function: its types and
 * the primitives that build it (graph/graph.c).
 *
 * The graph is an inclusion-based ("Andersen") points-to problem over
 *   - nodes: every SSA name, the content of every memory object, and a
 *     few temporaries; each node has a points-to set of objects;
 *   - objects: address-taken locals, heap allocation sites, the memory a
 *     pointer parameter points to (one object per dereference level),
 *     the function's result, and GLOBAL, which stands for all memory the
 *     function does not own (globals, anything an unknown call returns).
 * Constraints are address-of (node gets {obj}), copy (node gets node),
 * load (node gets the contents of what a node points to) and store.
 * Escape events (return, unknown call, thread, integer, asm) name the
 * node whose objects escape.  The lowering files fill it from GIMPLE,
 * solve/solve.c solves it, the explaining files turn it into messages.
 *
 * A node number of ESCAPE_NO_VALUE stands for a value that holds no
 * address (a constant, a missing argument): a constraint from it adds
 * nothing.  A constraint that would carry an address into or through
 * ESCAPE_NO_VALUE cannot be completed, and its address escapes with
 * reason "unknown" (escape_incomplete).  */

#ifndef ESCAPE_GRAPH_GRAPH_H
#define ESCAPE_GRAPH_GRAPH_H

#include "base/escape.h"
#include "graph/summary.h"
#include "hash-set.h"

/* A value that holds no address.  */
#define ESCAPE_NO_VALUE (-1)

/* The name GCC gives the frame object of nested functions (FRAME.n).  */
#define ESCAPE_FRAME_PREFIX "FRAME."

/* How many dereference levels of a pointer parameter get their own
   object; deeper levels share the last one.  */
#define ESCAPE_PARAM_LEVELS 3

enum escape_obj_kind
{
  ESCAPE_OBJ_GLOBAL,	/* all memory the function does not own */
  ESCAPE_OBJ_LOCAL,	/* an automatic variable or compound literal */
  ESCAPE_OBJ_HEAP,	/* one allocation call site */
  ESCAPE_OBJ_PARAM,	/* what a pointer parameter points to, at a level */
  ESCAPE_OBJ_RESULT,	/* the function's return value in memory */
  ESCAPE_OBJ_STACK	/* alloca/VLA storage: tracked, not reported */
};

/* Why an object escapes: the fixed vocabulary of the report.  */
enum escape_reason
{
  ESCAPE_REASON_NONE,
  ESCAPE_REASON_RETURNED,
  ESCAPE_REASON_GLOBAL,
  ESCAPE_REASON_CALLER_MEMORY,
  ESCAPE_REASON_ESCAPING_OBJECT,
  ESCAPE_REASON_CALL,
  ESCAPE_REASON_THREAD,
  ESCAPE_REASON_INTEGER,
  ESCAPE_REASON_ASM,
  ESCAPE_REASON_UNKNOWN
};

/* An escape event: the objects NODE points to escape at STMT.  */
struct escape_event
{
  enum escape_reason reason;
  int node;
  gimple *stmt;
  tree callee;		/* calls: the function called, if known */
  bool hazard;		/* calls: the callee keeps it beyond the frame */
  int arg;		/* calls: the argument NODE derives from, or -1 */
  int level;		/* ...as that many dereferences of it */
  bool external;	/* calls: to a function this unit knows nothing of
			   (summarize/depends.c) */
};

/* A conditional decision (summarize/depends.c): object OBJ escapes only
   through calls like this one, to functions defined elsewhere.  LEVEL is
   how many dereferences below argument ARG (0-based) the object is: 0,
   the object the argument points to.  */
struct escape_dep
{
  int obj;
  tree callee;
  int arg;
  int level;
  gimple *stmt;		/* the call */
  /* Were the callee to keep its argument in a global on every path
     (its must-keep), OBJ would be kept too: a local on some path to an
     exit (a definite hazard), a parameter's value on every path
     (solve/mustkeep.c, escape_kept_if_callee_keeps).  */
  bool must;
  /* The shallowest level below the call's result that escapes in the
     caller, or -1 for none (summarize/results.c).  */
  int result;
  /* Were the callee to return its argument on every path (its
     must-return), OBJ, a local passed as it, would be returned by this
     function on some path (solve/mustflow.c, escape_returned_if_callee_
     returns).  */
  bool returns;
};

/* A call of another file that alone stands between a possible hazard
   and the definite class (solve/undo.c, solve/definite.c): were the
   callee to write none of this, OBJ would be definite.  `escape-report
   link` asks the callee's may-write summary.  */
struct escape_undo_call
{
  int obj;		/* the local */
  tree callee;
  unsigned args;	/* bit I: argument I may reach the location */
  tree global;		/* the location is this global, which the callee
			   may name, or NULL */
  bool global_memory;	/* ...lies below a global or was published: any
			   write of global memory may undo it */
};

/* How a node got an object, for explaining flow paths.  */
enum escape_edge_kind
{
  ESCAPE_EDGE_ADDR,	/* p = &x */
  ESCAPE_EDGE_COPY,	/* p = q, phi, arithmetic, call results */
  ESCAPE_EDGE_LOAD,	/* p = *q: from the content of an object */
  ESCAPE_EDGE_STORE	/* *q = p: into the content of an object */
};

struct escape_edge
{
  int to;
  gimple *stmt;
  enum escape_edge_kind kind;
};

/* A complex constraint hanging off a pointer node P:
   load:  OTHER gets the contents of every object P points to;
   store: the content of every object P points to gets OTHER.  */
struct escape_complex
{
  int other;
  gimple *stmt;
  tree field;			/* field mode: the field read or written, or
				   NULL for the whole object */
};

struct escape_node
{
  bitmap pts;			/* objects this node may point to */
  bitmap done;			/* objects whose complex constraints ran */
  vec<escape_edge> succs;	/* copy edges out of this node */
  vec<escape_complex> loads;
  vec<escape_complex> stores;
  tree ssa;			/* the SSA name, or NULL */
  int content_of;		/* object whose content this is, or -1 */
  bool queued;
};

struct escape_object
{
  enum escape_obj_kind kind;
  tree decl;			/* locals, params, result */
  gimple *alloc;		/* heap: the allocation call */
  tree allocator;		/* heap: the function called */
  int param_index;		/* param: which parameter */
  int level;			/* param: dereference level, from 1 */
  int content;			/* the node holding what it contains */
  int all;			/* in field mode, the node of everything it
				   holds: CONTENT (written whole or at an
				   unknown place) and its fields' nodes;
				   otherwise CONTENT itself */
  bool reported;		/* analysed object: gets a decision */
  int alias_of;			/* a view of this object (FRAME.n.x), or -1 */

  /* Filled by the solver.  */
  bool escapes;
  enum escape_reason reason;
  int event;			/* the event that made it escape, or -1 */
  int via_object;		/* escaping-object/global/caller: container */
  int result_level;		/* param objects: returned at this level */
  int result_event;		/* param objects: the return, or -1 */
  unsigned stored_into;		/* param level 1 or 2: stored into these params */
  unsigned kept_into;		/* ...and still there when the function returns */
  bool freed;			/* passed to free or a freeing callee */
  bool resized;			/* passed to realloc */
  bool outlives;		/* solve/outlives.c: the address may still be
				   reachable when the frame is gone */
  gimple *kept_at;	/* ...where it is still stored: the return
				   reached, or the statement that may read it
				   before it is undone; NULL when not known */
  /* Filled by solve/definite.c for an object that outlives: whether it
     certainly does on some path (the definite class), by which step, and
     where the path leaves; or what may undo the step that came closest.  */
  bool definite;
  struct escape_definite_step *step;	/* definite: the step; possible:
					   the step that may be undone, or
					   NULL */

  /* Filled by promote/decide.c when promotion is on.  */
  bool promote_candidate;	/* a site the allocator table may promote */
  bool promoted;
  const char *not_promoted;	/* why not, in the report's vocabulary */
  unsigned HOST_WIDE_INT promote_size;	/* the stack buffer's bytes */
  unsigned promote_align;	/* bits */
  bool promote_fallback;	/* variable size: the heap above the buffer */
};

/* How an address certainly outlives the frame (solve/definite.c).  */
enum escape_step_kind
{
  ESCAPE_STEP_RETURNED,		/* returned, or stored in the result */
  ESCAPE_STEP_STORED,		/* stored in memory that outlives the frame */
  ESCAPE_STEP_STORED_RETURNED,	/* stored in a block, then returned */
  ESCAPE_STEP_THREAD,		/* handed to a thread never joined */
  ESCAPE_STEP_KEPT,		/* passed to a callee that must-keeps it */
  ESCAPE_STEP_CONTAINER_KEPT	/* stored in a container of the frame that
				   is then stored where it outlives */
};

struct escape_definite_step
{
  enum escape_step_kind kind;
  gimple *stmt;			/* the step: the return, store, call */
  tree value;			/* the value that holds the address there */
  tree where;			/* stored: the location written */
  gimple *leaves;		/* where the path leaves: the return reached,
				   or the last located statement before it */
  gimple *undone;		/* possible: what may undo it, first found */
  int via_param;		/* kept: the callee's parameter (0-based) */
  int container;		/* stored in a container then returned or
				   kept: its object, or -1 */
  gimple *holder;		/* ...the return or the store of the
				   container */
};

/* Provenance of "node N has object O": where it came from.  */
struct escape_prov
{
  int from;			/* the node it came from, -1 for address-of */
  gimple *stmt;
  enum escape_edge_kind kind;
};

/* A constraint that writes into the contents of memory: into object
   DST_OBJ, or into whatever node DST_PTR points to; what it writes is
   what node SRC holds.  ANY: it writes what SRC points to's contents
   (a load into memory), so it may write anything.  The hazard question
   (solve/outlives.c) asks which writes put an address where.  */
struct escape_write
{
  gimple *stmt;
  int dst_obj;
  int dst_ptr;
  int src;
  bool any;
  bool transient;	/* a callee's store that it undoes before returning */
};

struct escape_graph
{
  function *fun;
  vec<escape_node> nodes;
  vec<escape_object> objects;
  vec<escape_event> events;
  vec<int> free_nodes;		/* nodes passed to free */
  vec<gimple *> free_stmts;
  vec<int> realloc_nodes;	/* nodes passed to realloc as the old block */
  vec<escape_write> writes;	/* every write into memory's contents */
  hash_set<gimple *> *transparent_calls;	/* calls that keep nothing
				   they read (lower/call.c) */
  hash_map<tree, int> *decl_objects;	/* decl -> object */
  hash_map<int_hash<int, -1, -2>, int> *addr_nodes;	/* object -> &obj */
  hash_map<int_hash<HOST_WIDE_INT, -1, -2>, escape_prov> *prov;
  int global_obj;
  int global_addr;		/* node pointing to GLOBAL */
  int result_obj;		/* -1 when the result is not in memory */
  int *param_objs;		/* [param][level-1] -> object */
  int nparams;
  int self_return;		/* what the function returns, for its calls
				   to itself (lower/callee.c) */
  bool self_called;		/* calls itself: frames share objects */
  bool fields;			/* field mode (escape-pass.c): a pointer
				   field written is told apart from the
				   others, for the hazard question only */
  hash_map<int_hash<HOST_WIDE_INT, -1, -2>, int> *field_nodes;
  bool recording;		/* keep provenance (off while iterating) */
  bool skip_external;		/* marking: ignore external call events */
  vec<escape_dep> deps;		/* conditional decisions, by object */
  vec<escape_definite_step *> steps;	/* owned by the objects' step */
  bitmap recorded;		/* if set, keep it only for these objects */
  vec<escape_undo_call> undo_calls;	/* solve/definite.c, for link */
  bool deferring;		/* solve/undo.c: a call of another file
				   that may undo is recorded in
				   undo_calls, not taken as undoing */
  bitmap published;		/* solve/undo.c: the objects code nothing is
				   known of may reach, made when first
				   asked, or NULL */
  bitmap scratch;
  bitmap_obstack bitmaps;	/* every bitmap of the graph, released at
				   once */
};

/* Nodes and objects.  */
void escape_graph_init (struct escape_graph *g, function *fun,
			bool recording, bool fields);
int escape_field_node (struct escape_graph *g, int obj, tree field);
void escape_graph_free (struct escape_graph *g);
int escape_new_node (struct escape_graph *g);
int escape_new_object (struct escape_graph *g, enum escape_obj_kind kind);
int escape_address_node (struct escape_graph *g, int obj);

/* Constraints and events.  */
void escape_add_points_to (struct escape_graph *g, int node, int obj,
			   gimple *stmt);
void escape_add_copy (struct escape_graph *g, int from, int to, gimple *stmt);
void escape_add_load (struct escape_graph *g, int ptr, int dst, gimple *stmt);
void escape_add_store (struct escape_graph *g, int ptr, int src, gimple *stmt);
void escape_add_field_load (struct escape_graph *g, int ptr, int dst,
			    gimple *stmt, tree field);
void escape_add_field_store (struct escape_graph *g, int ptr, int src,
			     gimple *stmt, tree field);
void escape_add_event (struct escape_graph *g, enum escape_reason reason,
		       int node, gimple *stmt, tree callee);
void escape_mark_transparent (struct escape_graph *g, gimple *call);
void escape_incomplete (struct escape_graph *g, int node, gimple *stmt,
			const char *what);
void escape_internal_limit (struct escape_graph *g, const char *what);

/* Provenance.  */
void escape_prov_put (struct escape_graph *g, int node, int obj, int from,
		      gimple *stmt, enum escape_edge_kind kind);
const escape_prov *escape_prov_get (const struct escape_graph *g, int node,
				    int obj);

/* Shape of the parameter objects.  */
bool escape_type_may_hold_pointer (tree type, bool bytes);
bool escape_is_structural (const struct escape_graph *g, int container,
			   int child);
bool escape_write_reaches (const struct escape_graph *g,
			   const escape_write *w, int obj);
void escape_objects_below (const struct escape_graph *g, bitmap objs,
			   int levels);
void escape_objects_reachable (const struct escape_graph *g, bitmap from,
			       bitmap out);

/* Is O memory the function does not own: GLOBAL, or what a parameter
   points to?  */
static inline bool
escape_object_is_external (const escape_object *o)
{
  return o->kind == ESCAPE_OBJ_GLOBAL || o->kind == ESCAPE_OBJ_PARAM;
}

/* Is O, stored in external object CO, a parameter (level 1) or what it
   points to (level 2) stored through another parameter: *q = p or
   *q = *p?  Such a store is a summary edge (stored_into) for callers.  */
static inline bool
escape_is_param_store (const escape_object *o, const escape_object *co)
{
  return o->kind == ESCAPE_OBJ_PARAM && (o->level == 1 || o->level == 2)
	 && co->kind == ESCAPE_OBJ_PARAM && co->level == 1
	 && co->param_index < ESCAPE_SUMMARY_MAX_STORED_PARAMS;
}

/* The object for what parameter INDEX points to, LEVEL (from 1)
   dereferences down.  */
static inline int
escape_param_object (const struct escape_graph *g, int index, int level)
{
  return g->param_objs[index * ESCAPE_PARAM_LEVELS + level - 1];
}

#endif /* ESCAPE_GRAPH_GRAPH_H */
