/* solve/outlives.c - the hazard question: can an object's address still
 * be reachable when the frame is gone, on some path?  (The decision,
 * "escapes", stays the flow-insensitive answer of solve/solve.c; this
 * one is asked only of what escapes, and only for the warning.)
 *
 * An address outlives the frame when it is returned, handed to a thread
 * that is not joined on every path to the exit, passed to a callee whose
 * summary says it keeps it beyond the call, or stored in memory that
 * outlives the frame (a global, the caller's memory) by a write that is
 * not undone on every path to the exit.  A write is undone ("killed")
 * when it is a plain store `L = v;` and every path from it to the exit
 * meets a store to the same L, or a memset/memcpy over it
 * (stmt_kills_ref_p), before any call that might read L and keep what
 * it read: an unknown call, inline asm, or a call whose summary leaks
 * its arguments' contents, writes pointers into them or frees them.  A
 * path that ends in a call that does not return (exit, abort) ends with
 * the frame still there.  Objects contained in an outliving object
 * outlive too.  Everything else stays a hazard: a store through a call,
 * a write we cannot attribute, a path we cannot follow.  */

#include "solve/outlives.h"
#include "solve/location.h"
#include "solve/paths.h"
#include "solve/solve.h"
#include "knowledge/libc.h"
#include "graph/summary.h"
#include "lower/callee.h"

/* --- stores --------------------------------------------------------- */

/* May argument ARG reach an object of OBJS FROM levels down or deeper
   (level 1: what ARG points to), through the points-to sets and every
   content below them?  Yes when ARG is not understood.  */
bool
escape_arg_may_reach (struct escape_graph *g, tree arg, bitmap objs, int from)
{
  auto_bitmap cur, seen;
  if (TREE_CODE (arg) == SSA_NAME)
    bitmap_copy (cur, g->nodes[SSA_NAME_VERSION (arg)].pts);
  else if (TREE_CODE (arg) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (arg, 0));
      int *obj = base && DECL_P (base) ? g->decl_objects->get (base) : NULL;
      if (obj)
	bitmap_set_bit (cur, *obj);
      /* A string literal or a function holds no address.  */
      else if (base && (TREE_CODE (base) == STRING_CST
			|| TREE_CODE (base) == FUNCTION_DECL))
	return false;
      else if (!base || !DECL_P (base) || !is_global_var (base))
	return true;
    }
  else if (!CONSTANT_CLASS_P (arg))
    return true;
  /* Down to level FROM, then everything below it, each object once.  */
  for (int level = 1; !bitmap_empty_p (cur); level++)
    {
      if (level >= from && bitmap_intersect_p (cur, objs))
	return true;
      if (level >= from)
	{
	  bitmap_and_compl_into (cur, seen);
	  bitmap_ior_into (seen, cur);
	}
      auto_bitmap next;
      bitmap_iterator bi;
      unsigned x;
      EXECUTE_IF_SET_IN_BITMAP (cur, 0, x, bi)
	bitmap_ior_into (next, g->nodes[g->objects[x].all].pts);
      bitmap_copy (cur, next);
    }
  return false;
}

/* Can CALL not keep the address that memory REF holds?  Asked of a
   same-file callee by its summary.  An argument that reaches REF's
   object at level D holds that address at level D+1: the callee keeps it
   if it keeps the argument itself or stores it through another (any D),
   stores its content through another (any D), or leaks its content from
   level K with D+1 >= K.  Every level D counts, not only the first:
   a cycle (t->a->a = t) reaches the object again deeper.  (A callee
   reading REF through a global is not seen, as documented.)  */
static bool
escape_call_cannot_keep (struct escape_graph *g, gcall *call, tree ref)
{
  struct escape_summary *s = escape_call_summary (g, call);
  auto_bitmap objs;
  if (!s || !escape_ref_objects (g, ref, objs)
      || (int) gimple_call_num_args (call) > s->nparams)
    return false;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      const struct escape_param_summary *p = &s->params[i];
      int from = p->leak_heap || p->stored_into || p->content_stored_into
		 ? 1 : p->leak_content ? p->leak_content - 1 : 0;
      if (from && escape_arg_may_reach (g, gimple_call_arg (call, i), objs,
					from))
	return false;
    }
  return true;
}

/* While an address sits in memory REF: a store over REF kills it; a call
   that may read REF and keep what it read, or inline asm, blocks.  */
static enum escape_step_effect
escape_store_step (struct escape_graph *g, gimple *stmt, const void *data)
{
  tree ref = (tree) data;
  if (is_gimple_assign (stmt) && gimple_store_p (stmt)
      && !gimple_clobber_p (stmt)
      && (escape_same_location (gimple_assign_lhs (stmt), ref)
	  || stmt_kills_ref_p (stmt, ref)))
    return ESCAPE_STEP_KILL;
  if (is_gimple_call (stmt))
    {
      if (stmt_kills_ref_p (stmt, ref))
	return ESCAPE_STEP_KILL;
      /* GCC's own internal calls (the dispatcher of the edges setjmp
	 makes) read and keep nothing.  */
      if (gimple_call_internal_p (stmt))
	return ESCAPE_STEP_NONE;
      return g->transparent_calls->contains (stmt)
	     || escape_call_cannot_keep (g, as_a <gcall *> (stmt), ref)
	     ? ESCAPE_STEP_NONE : ESCAPE_STEP_BLOCK;
    }
  if (gimple_code (stmt) == GIMPLE_ASM)
    return ESCAPE_STEP_BLOCK;
  return ESCAPE_STEP_NONE;
}

/* Is write W a plain store whose value is overwritten on every path to
   the exit?  */
static bool
escape_write_is_killed (struct escape_graph *g, const escape_write *w,
			gimple **why)
{
  *why = NULL;
  gimple *stmt = w->stmt;
  if (w->any || !stmt || !is_gimple_assign (stmt) || !gimple_store_p (stmt)
      || gimple_clobber_p (stmt))
    return false;
  tree ref = gimple_assign_lhs (stmt);
  if (TREE_THIS_VOLATILE (ref) || gimple_has_volatile_ops (stmt))
    return false;
  return escape_killed_on_all_paths (g, stmt, escape_store_step, ref, why);
}

/* The writes that may put something into external memory, each with
   whether it is killed, found out only when an object's hazard depends
   on it (the walk costs a pass over the function); the rest cannot
   matter.  */
enum escape_kill_state
{
  ESCAPE_KILL_UNKNOWN,
  ESCAPE_KILLED,
  ESCAPE_NOT_KILLED
};

struct escape_external_write
{
  const escape_write *w;
  enum escape_kill_state killed;
  gimple *why;		/* not killed: where it is still stored */
};

static void
escape_external_writes (struct escape_graph *g,
			vec<escape_external_write> *out)
{
  for (unsigned i = 0; i < g->writes.length (); i++)
    {
      const escape_write *w = &g->writes[i];
      bool external = false;
      if (w->dst_obj >= 0)
	external = escape_object_is_external (&g->objects[w->dst_obj]);
      else if (w->dst_ptr >= 0)
	{
	  bitmap_iterator bi;
	  unsigned x;
	  EXECUTE_IF_SET_IN_BITMAP (g->nodes[w->dst_ptr].pts, 0, x, bi)
	    if (escape_object_is_external (&g->objects[x]))
	      {
		external = true;
		break;
	      }
	}
      if (!external)
	continue;
      escape_external_write ew = { w, ESCAPE_KILL_UNKNOWN, NULL };
      out->safe_push (ew);
    }
}

/* --- values -------------------------------------------------------- */

/* Is REF a memory reference a load reads directly (not an address
   computation)?  */
static bool
escape_is_plain_load (tree ref)
{
  return handled_component_p (ref) || DECL_P (ref)
	 || TREE_CODE (ref) == MEM_REF || TREE_CODE (ref) == TARGET_MEM_REF;
}

/* The graph is flow-insensitive: a value loaded from memory before an
   address was stored there is said to hold it too.  The classic
   save/restore, `saved = db->cur; db->cur = &c; ...; db->cur = saved;`,
   would then put &c back.  escape_value_may_hold asks the question
   flow-sensitively for one value, following SSA copies and, for a load,
   the stores that reach it along the virtual operands.  It gives up (says
   yes) past ESCAPE_MAX_VALUE_STEPS.  */
#define ESCAPE_MAX_VALUE_STEPS 64

struct escape_value_walk
{
  int obj;
  int steps;
  /* Asked of what this activation returns: in a function that calls
     itself, its entry values may hold other activations' objects, never
     its own, and what a deeper activation returns comes back through a
     call, which is taken to hold anything.  Stores are asked without
     it: a deeper activation may store what an outer one passed down.  */
  bool this_activation;
  hash_set<tree> seen;
};

static bool escape_value_may_hold (struct escape_graph *g, tree value,
				   struct escape_value_walk *w);

/* Start walk W asking about OBJ.  */
static void
escape_walk_start (struct escape_value_walk *w, int obj, bool this_activation)
{
  w->obj = obj;
  w->steps = 0;
  w->this_activation = this_activation;
}

/* May the memory REF of the object set BASES overlap the memory a store
   to LHS writes?  BASES: the objects REF may lie in.  */
bool
escape_ref_objects (struct escape_graph *g, tree ref, bitmap out)
{
  tree base = get_base_address (ref);
  if (!base)
    return false;
  if (DECL_P (base))
    {
      int *obj = g->decl_objects->get (base);
      if (obj)
	bitmap_set_bit (out, *obj);
      else
	bitmap_set_bit (out, g->global_obj);
      return true;
    }
  if ((TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
      && TREE_CODE (TREE_OPERAND (base, 0)) == SSA_NAME)
    {
      bitmap_ior_into (out,
		       g->nodes[SSA_NAME_VERSION (TREE_OPERAND (base, 0))].pts);
      return true;
    }
  return false;
}

bool
escape_refs_may_overlap (struct escape_graph *g, tree a, tree b)
{
  auto_bitmap in_a, in_b;
  if (!escape_ref_objects (g, a, in_a) || !escape_ref_objects (g, b, in_b))
    return true;
  return bitmap_intersect_p (in_a, in_b) && refs_may_alias_p (a, b);
}

/* May memory REF, read by the statement whose virtual use is VUSE, hold
   the address of W->obj?  Walk the stores reaching it.  */
static bool
escape_memory_may_hold (struct escape_graph *g, tree ref, tree vuse,
			struct escape_value_walk *w)
{
  auto_vec<tree> work;
  work.safe_push (vuse);
  while (!work.is_empty ())
    {
      tree v = work.pop ();
      if (!v || w->seen.add (v) || ++w->steps > ESCAPE_MAX_VALUE_STEPS)
	{
	  if (w->steps > ESCAPE_MAX_VALUE_STEPS)
	    return true;
	  continue;
	}
      gimple *def = SSA_NAME_DEF_STMT (v);
      if (gimple_nop_p (def))
	{
	  /* At the entry no memory holds the address of a local or of an
	     allocation of this function yet.  The caller's memory holds
	     what it points to (deeper levels of the parameters, GLOBAL);
	     a parameter's own value is there only if the caller put it
	     there, which is the caller's store, not ours.  */
	  const escape_object *o = &g->objects[w->obj];
	  /* A function that calls itself shares its objects with its
	     other activations, whose memory may hold them at entry.  */
	  if (g->self_called && !w->this_activation)
	    return true;
	  if (escape_object_is_external (o)
	      && !(o->kind == ESCAPE_OBJ_PARAM && o->level == 1))
	    return true;
	  continue;
	}
      if (gphi *phi = dyn_cast <gphi *> (def))
	{
	  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	    work.safe_push (gimple_phi_arg_def (phi, i));
	  continue;
	}
      if (is_gimple_call (def))
	{
	  if (!g->transparent_calls->contains (def))
	    return true;
	}
      else if (gimple_code (def) == GIMPLE_ASM)
	return true;
      else if (is_gimple_assign (def) && gimple_store_p (def)
	       && !gimple_clobber_p (def))
	{
	  tree lhs = gimple_assign_lhs (def);
	  bool must = escape_same_location (lhs, ref);
	  if ((must || escape_refs_may_overlap (g, lhs, ref))
	      && (!gimple_assign_single_p (def)
		  || escape_value_may_hold (g, gimple_assign_rhs1 (def), w)))
	    return true;
	  if (must)
	    continue;
	}
      work.safe_push (gimple_vuse (def));
    }
  return false;
}

/* May VALUE (an operand) hold the address of W->obj?  */
static bool
escape_value_may_hold (struct escape_graph *g, tree value,
		       struct escape_value_walk *w)
{
  if (++w->steps > ESCAPE_MAX_VALUE_STEPS)
    return true;
  if (TREE_CODE (value) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (value, 0));
      /* A global, a function or a literal is no local or allocation.  */
      if (base && (CONSTANT_CLASS_P (base) || TREE_CODE (base) == FUNCTION_DECL
		   || (VAR_P (base) && is_global_var (base))))
	return false;
      int *obj = base && DECL_P (base) ? g->decl_objects->get (base) : NULL;
      return !obj || *obj == w->obj;
    }
  if (CONSTANT_CLASS_P (value))
    return false;
  if (TREE_CODE (value) == CONSTRUCTOR)
    {
      /* An initializer: `c = {}`, or `s = { .p = &x }`.  */
      unsigned i;
      tree elt;
      FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (value), i, elt)
	if (escape_value_may_hold (g, elt, w))
	  return true;
      return false;
    }
  if (TREE_CODE (value) != SSA_NAME)
    return true;
  if (!bitmap_bit_p (g->nodes[SSA_NAME_VERSION (value)].pts, w->obj))
    return false;
  if (SSA_NAME_IS_DEFAULT_DEF (value) || w->seen.add (value))
    return SSA_NAME_IS_DEFAULT_DEF (value) && !w->this_activation;
  gimple *def = SSA_NAME_DEF_STMT (value);
  if (gphi *phi = dyn_cast <gphi *> (def))
    {
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	if (escape_value_may_hold (g, gimple_phi_arg_def (phi, i), w))
	  return true;
      return false;
    }
  if (!is_gimple_assign (def))
    return true;
  tree rhs = gimple_assign_rhs1 (def);
  enum tree_code code = gimple_assign_rhs_code (def);
  if (gimple_assign_single_p (def) && gimple_vuse (def)
      && escape_is_plain_load (rhs))
    return escape_memory_may_hold (g, rhs, gimple_vuse (def), w);
  if (gimple_assign_single_p (def) || code == POINTER_PLUS_EXPR
      || CONVERT_EXPR_CODE_P (code))
    return escape_value_may_hold (g, rhs, w);
  return true;
}

/* Does write W (a plain store) carry the address of OBJ, asked
   flow-sensitively?  */
static bool
escape_write_may_carry (struct escape_graph *g, const escape_write *w,
			int obj)
{
  gimple *stmt = w->stmt;
  if (w->any || !stmt || !gimple_assign_single_p (stmt)
      || !gimple_store_p (stmt))
    return true;
  struct escape_value_walk walk;
  escape_walk_start (&walk, obj, false);
  return escape_value_may_hold (g, gimple_assign_rhs1 (stmt), &walk);
}

/* Is external write EW killed?  Computed once, when first asked.  */
static bool
escape_external_write_killed (struct escape_graph *g,
			      escape_external_write *ew)
{
  if (ew->killed == ESCAPE_KILL_UNKNOWN)
    ew->killed = escape_write_is_killed (g, ew->w, &ew->why) ? ESCAPE_KILLED
		 : ESCAPE_NOT_KILLED;
  return ew->killed == ESCAPE_KILLED;
}

/* Is every write that may have put OBJ into external object EXT undone
   before the exit?  No such write at all is not a proof.  */
static bool
escape_stores_undone (struct escape_graph *g,
		      vec<escape_external_write> &writes, int ext, int obj)
{
  bool found = false;
  for (unsigned i = 0; i < writes.length (); i++)
    {
      const escape_write *w = writes[i].w;
      if (!escape_write_reaches (g, w, ext))
	continue;
      if (!w->any && (w->src < 0 || !bitmap_bit_p (g->nodes[w->src].pts, obj)))
	continue;
      found = true;
      if (!w->transient && !escape_external_write_killed (g, &writes[i])
	  && escape_write_may_carry (g, w, obj))
	{
	  if (!g->objects[obj].kept_at)
	    g->objects[obj].kept_at = writes[i].why;
	  return false;
	}
    }
  return found;
}

/* --- threads -------------------------------------------------------- */

/* The handle a thread starter writes: the variable T of &T.  */
struct escape_join_data
{
  tree handle;
  gimple *create;
};

bool
escape_is_join_of (gimple *stmt, tree handle)
{
  tree fndecl = gimple_call_fndecl (stmt);
  if (!fndecl || gimple_call_num_args (stmt) < 1
      || (!escape_library_function_is (fndecl, "pthread_join")
	  && !escape_library_function_is (fndecl, "thrd_join")))
    return false;
  tree arg = gimple_call_arg (stmt, 0);
  if (TREE_CODE (arg) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (arg))
    return false;
  gimple *def = SSA_NAME_DEF_STMT (arg);
  return gimple_assign_single_p (def)
	 && operand_equal_p (gimple_assign_rhs1 (def), handle, 0);
}

/* While a thread may run: its join kills it; any other write of its
   handle (a new thread in the same variable) blocks.  */
static enum escape_step_effect
escape_thread_step (struct escape_graph *g, gimple *stmt, const void *data)
{
  const struct escape_join_data *d = (const struct escape_join_data *) data;
  if (is_gimple_call (stmt) && escape_is_join_of (stmt, d->handle))
    return ESCAPE_STEP_KILL;
  if (stmt == d->create)
    return ESCAPE_STEP_NONE;
  if (gimple_vdef (stmt) && stmt_may_clobber_ref_p (stmt, d->handle)
      && !is_gimple_call (stmt))
    return ESCAPE_STEP_BLOCK;
  if (is_gimple_call (stmt))
    for (unsigned i = 0; i < gimple_call_num_args (stmt); i++)
      {
	tree arg = gimple_call_arg (stmt, i);
	if (TREE_CODE (arg) == ADDR_EXPR
	    && operand_equal_p (TREE_OPERAND (arg, 0), d->handle, 0))
	  return ESCAPE_STEP_BLOCK;
      }
  return ESCAPE_STEP_NONE;
}

/* Is the thread started by event E joined on every path to the exit?  */
static bool
escape_thread_is_joined (struct escape_graph *g, const escape_event *e)
{
  gimple *create = e->stmt;
  if (!create || !is_gimple_call (create)
      || gimple_call_num_args (create) < 1)
    return false;
  tree arg = gimple_call_arg (create, 0);
  if (TREE_CODE (arg) != ADDR_EXPR)
    return false;
  tree handle = TREE_OPERAND (arg, 0);
  if (!DECL_P (handle) || TREE_STATIC (handle) || DECL_EXTERNAL (handle))
    return false;
  struct escape_join_data d = { handle, create };
  gimple *why;
  return escape_killed_on_all_paths (g, create, escape_thread_step, &d,
				     &why);
}

/* --- marking -------------------------------------------------------- */

static void
escape_mark_outlives (struct escape_graph *g, vec<int> *queue, int obj)
{
  escape_object *o = &g->objects[obj];
  if (o->outlives || !o->escapes || o->kind == ESCAPE_OBJ_GLOBAL
      || o->kind == ESCAPE_OBJ_RESULT)
    return;
  o->outlives = true;
  queue->safe_push (obj);
}

/* May return event E carry the address of OBJ, asked flow-sensitively
   of the value the return statement returns?  `struct info i = { .ctx =
   &x, .next = 7 }; return i.next;` does not: the field read was last
   written with 7.  A folded `return &x;` (its node is not the
   statement's value) and values in memory are taken as they are.  */
static bool
escape_return_may_carry (struct escape_graph *g, const escape_event *e,
			 int obj)
{
  greturn *ret = e->stmt ? dyn_cast <greturn *> (e->stmt) : NULL;
  tree value = ret ? gimple_return_retval (ret) : NULL_TREE;
  if (!value || TREE_CODE (value) != SSA_NAME
      || (int) SSA_NAME_VERSION (value) != e->node)
    return true;
  struct escape_value_walk walk;
  escape_walk_start (&walk, obj, true);
  return escape_value_may_hold (g, value, &walk);
}

/* May hazard call event E (a callee keeps argument E->arg, or what it
   points to, beyond the frame) keep OBJ, asked flow-sensitively at the
   call: the argument's value itself (level 0), or the contents of the
   local whose address is passed (level 1).  `c.next = t->head; t->head =
   &c; walk (&c);` with walk keeping c->next does not keep &c: c.next was
   read before the push.  Other arguments are taken as they are.  */
static bool
escape_call_may_keep (struct escape_graph *g, const escape_event *e, int obj)
{
  gcall *call = e->stmt ? dyn_cast <gcall *> (e->stmt) : NULL;
  if (!call || e->arg < 0 || (unsigned) e->arg >= gimple_call_num_args (call))
    return true;
  tree arg = gimple_call_arg (call, e->arg);
  struct escape_value_walk walk;
  escape_walk_start (&walk, obj, false);
  if (e->level == 0)
    return escape_value_may_hold (g, arg, &walk);
  if (e->level != 1 || TREE_CODE (arg) != ADDR_EXPR || !gimple_vuse (call))
    return true;
  tree base = get_base_address (TREE_OPERAND (arg, 0));
  if (!base || !DECL_P (base) || !g->decl_objects->get (base))
    return true;
  return escape_memory_may_hold (g, base, gimple_vuse (call), &walk);
}

/* Objects that events keep beyond the frame: returned (parameters are
   the callers' business: their summaries say it), handed to a thread
   not joined, kept by a callee.  */
static void
escape_outlives_events (struct escape_graph *g, vec<int> *queue)
{
  for (unsigned i = 0; i < g->events.length (); i++)
    {
      const escape_event *e = &g->events[i];
      bool keeps = e->reason == ESCAPE_REASON_RETURNED
		   || (e->reason == ESCAPE_REASON_THREAD
		       && !escape_thread_is_joined (g, e))
		   || e->hazard;
      if (!keeps)
	continue;
      bitmap_iterator bi;
      unsigned x;
      EXECUTE_IF_SET_IN_BITMAP (g->nodes[e->node].pts, 0, x, bi)
	if (!(e->reason == ESCAPE_REASON_RETURNED
	      && (g->objects[x].kind == ESCAPE_OBJ_PARAM
		  || !escape_return_may_carry (g, e, (int) x)))
	    && !(e->reason == ESCAPE_REASON_CALL && e->hazard
		 && !escape_object_is_external (&g->objects[x])
		 && !escape_call_may_keep (g, e, (int) x)))
	  escape_mark_outlives (g, queue, (int) x);
    }
}

/* Objects still stored in external memory at some exit.  */
static void
escape_outlives_stores (struct escape_graph *g, vec<int> *queue)
{
  auto_vec<escape_external_write> writes;
  escape_external_writes (g, &writes);
  for (unsigned c = 0; c < g->objects.length (); c++)
    {
      const escape_object *co = &g->objects[c];
      if (!escape_object_is_external (co))
	continue;
      bitmap_iterator bi;
      unsigned x;
      EXECUTE_IF_SET_IN_BITMAP (g->nodes[co->all].pts, 0, x, bi)
	{
	  const escape_object *o = &g->objects[x];
	  if (escape_is_structural (g, (int) c, (int) x))
	    continue;
	  /* One parameter stored through another: the callers' business
	     (escape_mark_external_contents); they learn whether it stays
	     (kept_into).  */
	  if (escape_is_param_store (o, co))
	    {
	      if (!escape_stores_undone (g, writes, (int) c, (int) x))
		g->objects[x].kept_into |= 1u << co->param_index;
	      continue;
	    }
	  if (!o->escapes)
	    continue;
	  if (!escape_stores_undone (g, writes, (int) c, (int) x))
	    escape_mark_outlives (g, queue, (int) x);
	}
    }
}

void
escape_compute_outlives (struct escape_graph *g)
{
  auto_vec<int> queue;
  escape_outlives_events (g, &queue);
  escape_outlives_stores (g, &queue);
  /* What an outliving object contains outlives with it.  */
  for (unsigned head = 0; head < queue.length (); head++)
    {
      const escape_object *o = &g->objects[queue[head]];
      if (escape_object_is_external (o))
	continue;
      bitmap_iterator bi;
      unsigned x;
      EXECUTE_IF_SET_IN_BITMAP (g->nodes[o->all].pts, 0, x, bi)
	escape_mark_outlives (g, &queue, (int) x);
    }
  /* Views share the answer of the object they are part of.  */
  for (unsigned i = 0; i < g->objects.length (); i++)
    if (g->objects[i].alias_of >= 0)
      g->objects[i].outlives = g->objects[g->objects[i].alias_of].outlives;
}
