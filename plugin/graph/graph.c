/* graph/graph.c - the graph core: nodes, objects, constraints, escape
 * events and provenance, and the graph of a function before any
 * statement is lowered (its SSA names, GLOBAL, the parameter objects).
 *
 * The primitives check their node numbers.  ESCAPE_NO_VALUE stands for
 * a value that holds no address and adds nothing; any other number
 * outside the graph, or an address that a constraint would carry into
 * no node, cannot be completed: the address escapes with reason
 * "unknown" (escape_incomplete), and with the test-only option
 * check-internal the compile fails, so that the test suite catches it.  */

#include "graph/graph.h"

/* The provenance table is sized up front, growing it being costly:
   about this many entries per SSA name, plus a few, when recording.  */
#define ESCAPE_PROV_PER_SSA_NAME 2
#define ESCAPE_PROV_EXTRA 64
/* ... and a token size when nothing is recorded.  */
#define ESCAPE_PROV_UNUSED 13

/* Nodes reserved up front for each SSA name.  */
#define ESCAPE_NODES_PER_SSA_NAME 2

/* --- checks ------------------------------------------------------------ */

static bool
escape_node_in_graph (const struct escape_graph *g, int node)
{
  return node >= 0 && node < (int) g->nodes.length ();
}

/* A walk or a constraint could not be completed.  With check-internal
   it is an error; otherwise the caller takes the conservative answer.  */
void
escape_internal_limit (struct escape_graph *g, const char *what)
{
  if (escape_opts.check_internal)
    error_at (DECL_SOURCE_LOCATION (g->fun->decl),
	      "%s plugin: internal check: %s in %qs", escape_plugin_name,
	      what, function_name (g->fun));
}

/* A constraint involving NODE cannot be completed: what NODE points to
   escapes, as an unknown use would make it.  */
void
escape_incomplete (struct escape_graph *g, int node, gimple *stmt,
		   const char *what)
{
  escape_internal_limit (g, what);
  if (escape_node_in_graph (g, node))
    {
      escape_event e = { ESCAPE_REASON_UNKNOWN, node, stmt, NULL_TREE,
			 false, -1, 0, false };
      g->events.safe_push (e);
    }
}

/* Is NODE a node of G?  ESCAPE_NO_VALUE is not; anything else that is
   not is an incomplete constraint.  */
static bool
escape_node_valid (struct escape_graph *g, int node, gimple *stmt)
{
  if (escape_node_in_graph (g, node))
    return true;
  if (node != ESCAPE_NO_VALUE)
    escape_incomplete (g, -1, stmt, "a constraint names no node");
  return false;
}

/* --- nodes and objects ----------------------------------------------- */

int
escape_new_node (struct escape_graph *g)
{
  escape_node n;
  memset (&n, 0, sizeof n);
  n.pts = BITMAP_ALLOC (&g->bitmaps);
  n.done = BITMAP_ALLOC (&g->bitmaps);
  n.content_of = -1;
  g->nodes.safe_push (n);
  return (int) g->nodes.length () - 1;
}

int
escape_new_object (struct escape_graph *g, enum escape_obj_kind kind)
{
  escape_object o;
  memset (&o, 0, sizeof o);
  o.kind = kind;
  o.param_index = -1;
  o.event = -1;
  o.via_object = -1;
  o.result_level = -1;
  o.result_event = -1;
  o.alias_of = -1;
  o.content = escape_new_node (g);
  o.all = g->fields ? escape_new_node (g) : o.content;
  int id = (int) g->objects.length ();
  g->nodes[o.content].content_of = id;
  g->objects.safe_push (o);
  if (o.all != o.content)
    escape_add_copy (g, o.content, o.all, NULL);
  return id;
}

/* Field mode: the node of what field FIELD of object OBJ holds, made
   on first use; what it holds is part of everything OBJ holds.  */
int
escape_field_node (struct escape_graph *g, int obj, tree field)
{
  HOST_WIDE_INT key = ((HOST_WIDE_INT) obj << 32) | DECL_UID (field);
  int *known = g->field_nodes->get (key);
  if (known)
    return *known;
  int node = escape_new_node (g);
  g->nodes[node].content_of = obj;
  g->field_nodes->put (key, node);
  escape_add_copy (g, node, g->objects[obj].all, NULL);
  return node;
}

/* --- provenance ------------------------------------------------------- */

/* The key of "NODE got OBJ": the node in the high half, the object in
   the low one.  */
#define ESCAPE_PROV_NODE_SHIFT 32

static HOST_WIDE_INT
escape_prov_key (int node, int obj)
{
  return ((HOST_WIDE_INT) node << ESCAPE_PROV_NODE_SHIFT) | obj;
}

/* Record that NODE got OBJ from FROM (-1: address-of) at STMT, the
   first time it does.  The caller decides whether to record.  */
void
escape_prov_put (struct escape_graph *g, int node, int obj, int from,
		 gimple *stmt, enum escape_edge_kind kind)
{
  bool existed;
  escape_prov *p = &g->prov->get_or_insert (escape_prov_key (node, obj),
					    &existed);
  if (!existed)
    {
      p->from = from;
      p->stmt = stmt;
      p->kind = kind;
    }
}

/* How NODE came to point to OBJ, or NULL when it was not recorded.  */
const escape_prov *
escape_prov_get (const struct escape_graph *g, int node, int obj)
{
  return g->prov->get (escape_prov_key (node, obj));
}

/* --- constraints ------------------------------------------------------ */

/* Remember a write into memory's contents (struct escape_write).  */
static void
escape_note_write (struct escape_graph *g, int dst_obj, int dst_ptr,
		   int src, bool any, gimple *stmt)
{
  escape_write w = { stmt, dst_obj, dst_ptr, src, any, false };
  g->writes.safe_push (w);
}

/* CALL keeps nothing it reads: it neither stores, returns nor hands on a
   pointer it loaded from memory (lower/call.c decides).  */
void
escape_mark_transparent (struct escape_graph *g, gimple *call)
{
  g->transparent_calls->add (call);
}

/* NODE points to OBJ (a base constraint).  */
void
escape_add_points_to (struct escape_graph *g, int node, int obj,
		      gimple *stmt)
{
  if (!escape_node_valid (g, node, stmt))
    return;
  if (bitmap_set_bit (g->nodes[node].pts, obj) && g->recording
      && (!g->recorded || bitmap_bit_p (g->recorded, obj)))
    escape_prov_put (g, node, obj, -1, stmt, ESCAPE_EDGE_ADDR);
}

/* The node that holds exactly {OBJ}: the value of &OBJ.  */
int
escape_address_node (struct escape_graph *g, int obj)
{
  int *cached = g->addr_nodes->get (obj);
  if (cached)
    return *cached;
  int node = escape_new_node (g);
  escape_add_points_to (g, node, obj, NULL);
  g->addr_nodes->put (obj, node);
  return node;
}

/* TO gets what FROM holds.  */
void
escape_add_copy (struct escape_graph *g, int from, int to, gimple *stmt)
{
  if (!escape_node_valid (g, from, stmt))
    return;
  if (!escape_node_in_graph (g, to))
    {
      escape_incomplete (g, from, stmt, "a copy has no destination");
      return;
    }
  if (from == to)
    return;
  if (g->nodes[to].content_of >= 0)
    escape_note_write (g, g->nodes[to].content_of, ESCAPE_NO_VALUE, from,
		       false, stmt);
  escape_edge e = { to, stmt, ESCAPE_EDGE_COPY };
  if (g->nodes[from].content_of >= 0)
    e.kind = ESCAPE_EDGE_LOAD;
  else if (g->nodes[to].content_of >= 0)
    e.kind = ESCAPE_EDGE_STORE;
  g->nodes[from].succs.safe_push (e);
}

/* DST gets the contents of what PTR points to.  Loading through a value
   that holds no address yields none.  */
void
escape_add_field_load (struct escape_graph *g, int ptr, int dst,
		       gimple *stmt, tree field)
{
  if (!escape_node_valid (g, ptr, stmt) || !escape_node_valid (g, dst, stmt))
    return;
  if (g->nodes[dst].content_of >= 0)
    escape_note_write (g, g->nodes[dst].content_of, ESCAPE_NO_VALUE, ptr,
		       true, stmt);
  escape_complex c = { dst, stmt, field };
  g->nodes[ptr].loads.safe_push (c);
}

void
escape_add_load (struct escape_graph *g, int ptr, int dst, gimple *stmt)
{
  escape_add_field_load (g, ptr, dst, stmt, NULL_TREE);
}

/* The contents of what PTR points to get what SRC holds.  A store
   through a value that holds no address (a null pointer constant, a
   string literal) cannot happen in a program that runs on.  */
void
escape_add_field_store (struct escape_graph *g, int ptr, int src,
			gimple *stmt, tree field)
{
  if (!escape_node_valid (g, src, stmt) || ptr == ESCAPE_NO_VALUE)
    return;
  if (!escape_node_in_graph (g, ptr))
    {
      escape_incomplete (g, src, stmt, "a store has no destination");
      return;
    }
  escape_note_write (g, -1, ptr, src, false, stmt);
  escape_complex c = { src, stmt, field };
  g->nodes[ptr].stores.safe_push (c);
}

void
escape_add_store (struct escape_graph *g, int ptr, int src, gimple *stmt)
{
  escape_add_field_store (g, ptr, src, stmt, NULL_TREE);
}

void
escape_add_event (struct escape_graph *g, enum escape_reason reason,
		  int node, gimple *stmt, tree callee)
{
  if (!escape_node_valid (g, node, stmt))
    return;
  escape_event e = { reason, node, stmt, callee, false, -1, 0, false };
  g->events.safe_push (e);
}

/* --- shape ------------------------------------------------------------ */

/* Does write W write into object OBJ?  */
bool
escape_write_reaches (const struct escape_graph *g, const escape_write *w,
		      int obj)
{
  if (w->dst_obj >= 0)
    return w->dst_obj == obj;
  return w->dst_ptr >= 0 && bitmap_bit_p (g->nodes[w->dst_ptr].pts, obj);
}

/* May a write of the function have put CHILD into CONTAINER?  */
static bool
escape_written_into (const struct escape_graph *g, int container, int child)
{
  for (unsigned i = 0; i < g->writes.length (); i++)
    {
      const escape_write *w = &g->writes[i];
      if (escape_write_reaches (g, w, container)
	  && (w->any || w->src < 0
	      || bitmap_bit_p (g->nodes[w->src].pts, child)))
	return true;
    }
  return false;
}

/* Is CHILD in CONTAINER only by construction: the object a pointer
   parameter's level points to (level K's content holds level K+1), and
   not put there by the function?  A level below the first stands for
   every object that deep, so `p->a->x = p->b->y` (level 3 into level 2)
   may store one caller's object into another, a global: that is a store
   into the caller's memory, not the parameter's shape.  */
bool
escape_is_structural (const struct escape_graph *g, int container, int child)
{
  const escape_object *c = &g->objects[container];
  const escape_object *x = &g->objects[child];
  if (c->kind != ESCAPE_OBJ_PARAM || x->kind != ESCAPE_OBJ_PARAM
      || c->param_index != x->param_index)
    return false;
  if (x->level != c->level + 1
      && !(x->level == c->level && c->level == ESCAPE_PARAM_LEVELS))
    return false;
  /* Level 1 is the one object the parameter points to: what the function
     moves inside it (`*p += 1`, saving and restoring p->cur) stays in
     it.  */
  return c->level == 1 || !escape_written_into (g, container, child);
}

/* --- the graph of a function ------------------------------------------ */

/* Can a value of TYPE hold a pointer?  Pointers, integers as wide as a
   pointer (intptr_t) and aggregates can.  With BYTES, so can chars: they
   are how object representations are copied (values in memory, results
   stored); a parameter of char type cannot bring one (BYTES false).
   Narrower integers, booleans and floating types cannot: reading a
   pointer through them is undefined behaviour (C11 6.5p7), except in
   union type punning, which the analysis does not follow
   (docs/analysis.md).  Dropping them keeps an int read from a struct
   that also holds pointers from dragging those pointers along.  */
bool
escape_type_may_hold_pointer (tree type, bool bytes)
{
  if (POINTER_TYPE_P (type))
    return true;
  if (TREE_CODE (type) == BOOLEAN_TYPE || SCALAR_FLOAT_TYPE_P (type))
    return false;
  if (INTEGRAL_TYPE_P (type))
    return TYPE_PRECISION (type) >= POINTER_SIZE
	   || (bytes && TYPE_PRECISION (type) == CHAR_TYPE_SIZE);
  return true;
}

/* Objects for what each parameter points to, one per level, chained:
   the content of level K points to level K+1; the last to itself.  */
static void
escape_init_params (struct escape_graph *g)
{
  tree fndecl = g->fun->decl;
  int n = 0;
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p))
    n++;
  g->nparams = n;
  g->param_objs = XCNEWVEC (int, n * ESCAPE_PARAM_LEVELS + 1);
  int index = 0;
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p), index++)
    {
      int *levels = &g->param_objs[index * ESCAPE_PARAM_LEVELS];
      for (int k = 0; k < ESCAPE_PARAM_LEVELS; k++)
	{
	  levels[k] = escape_new_object (g, ESCAPE_OBJ_PARAM);
	  g->objects[levels[k]].decl = p;
	  g->objects[levels[k]].param_index = index;
	  g->objects[levels[k]].level = k + 1;
	}
      for (int k = 0; k < ESCAPE_PARAM_LEVELS; k++)
	{
	  int next = levels[k + 1 < ESCAPE_PARAM_LEVELS ? k + 1 : k];
	  escape_add_points_to (g, g->objects[levels[k]].content, next, NULL);
	}
      /* The incoming value points to level 1.  An integer as wide as a
	 pointer (intptr_t) may be a pointer in disguise and gets the same
	 treatment; a narrower one, or a floating value, cannot be one.  */
      tree def = ssa_default_def (g->fun, p);
      if (def && escape_type_may_hold_pointer (TREE_TYPE (p), false))
	escape_add_points_to (g, (int) SSA_NAME_VERSION (def), levels[0],
			      NULL);
    }
}

void
escape_graph_init (struct escape_graph *g, function *fun, bool recording,
		   bool fields)
{
  memset (g, 0, sizeof *g);
  g->fun = fun;
  g->recording = recording;
  g->fields = fields;
  g->field_nodes = new hash_map<int_hash<HOST_WIDE_INT, -1, -2>, int>;
  bitmap_obstack_initialize (&g->bitmaps);
  g->scratch = BITMAP_ALLOC (&g->bitmaps);
  g->nodes = vNULL;
  g->objects = vNULL;
  g->events = vNULL;
  g->free_nodes = vNULL;
  g->free_stmts = vNULL;
  g->realloc_nodes = vNULL;
  g->writes = vNULL;
  g->steps = vNULL;
  g->transparent_calls = new hash_set<gimple *>;
  g->decl_objects = new hash_map<tree, int>;
  g->addr_nodes = new hash_map<int_hash<int, -1, -2>, int>;
  /* Sized for the common case up front: growing it is costly.  */
  g->prov = new hash_map<int_hash<HOST_WIDE_INT, -1, -2>, escape_prov>
    (recording ? ESCAPE_PROV_PER_SSA_NAME * num_ssa_names + ESCAPE_PROV_EXTRA
     : ESCAPE_PROV_UNUSED);
  g->result_obj = -1;
  /* Nodes 0 .. num_ssa_names-1 are the SSA names; loads, contents and
     arguments add about as many again.  */
  g->nodes.reserve (ESCAPE_NODES_PER_SSA_NAME * num_ssa_names);
  for (unsigned i = 0; i < num_ssa_names; i++)
    {
      int node = escape_new_node (g);
      g->nodes[node].ssa = ssa_name (i);
    }
  g->global_obj = escape_new_object (g, ESCAPE_OBJ_GLOBAL);
  /* Whatever is loaded from unknown memory points to unknown memory.  */
  escape_add_points_to (g, g->objects[g->global_obj].content,
			g->global_obj, NULL);
  g->global_addr = escape_address_node (g, g->global_obj);
  g->self_return = escape_new_node (g);
  escape_init_params (g);
}

void
escape_graph_free (struct escape_graph *g)
{
  for (unsigned i = 0; i < g->nodes.length (); i++)
    {
      g->nodes[i].succs.release ();
      g->nodes[i].loads.release ();
      g->nodes[i].stores.release ();
    }
  g->nodes.release ();
  g->objects.release ();
  g->events.release ();
  g->deps.release ();
  for (unsigned i = 0; i < g->steps.length (); i++)
    XDELETE (g->steps[i]);
  g->steps.release ();
  g->undo_calls.release ();
  g->free_nodes.release ();
  g->free_stmts.release ();
  g->realloc_nodes.release ();
  g->writes.release ();
  delete g->transparent_calls;
  delete g->decl_objects;
  delete g->addr_nodes;
  delete g->prov;
  delete g->field_nodes;
  bitmap_obstack_release (&g->bitmaps);
  XDELETEVEC (g->param_objs);
}

/* Replace the objects of OBJS by what they may hold, LEVELS times: the
   objects LEVELS dereferences further down.  */
void
escape_objects_below (const struct escape_graph *g, bitmap objs, int levels)
{
  for (int k = 0; k < levels; k++)
    {
      auto_bitmap next;
      bitmap_iterator bi;
      unsigned x;
      EXECUTE_IF_SET_IN_BITMAP (objs, 0, x, bi)
	bitmap_ior_into (next, g->nodes[g->objects[x].all].pts);
      bitmap_copy (objs, next);
    }
}

/* Add to OUT the objects of FROM and every object reachable from them
   through what their contents may hold.  */
void
escape_objects_reachable (const struct escape_graph *g, bitmap from,
			  bitmap out)
{
  auto_bitmap cur;
  bitmap_copy (cur, from);
  while (!bitmap_empty_p (cur))
    {
      bitmap_and_compl_into (cur, out);
      bitmap_ior_into (out, cur);
      escape_objects_below (g, cur, 1);
    }
}
