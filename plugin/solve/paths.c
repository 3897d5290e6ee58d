/* solve/paths.c - the CFG walk the hazard question asks
 * (solve/outlives.c): does every path from a statement to the
 * function's exit meet a statement that ends a fact (a store over the
 * location, a join of the thread) before one that may leak it (a call
 * that may read it, asm)?  When not, the statement where the fact is
 * still true: the return that leaves, or the statement that blocks.  */

#include "solve/paths.h"
#include "knowledge/libc.h"

/* Scan BB from FROM (a statement iterator) to its end; *AT gets the
   statement that killed or blocked.  */
static enum escape_step_effect
escape_scan_block (struct escape_graph *g, gimple_stmt_iterator gsi,
		   escape_step_fn step, const void *data, gimple **at)
{
  for (; !gsi_end_p (gsi); gsi_next (&gsi))
    {
      gimple *stmt = gsi_stmt (gsi);
      if (is_gimple_debug (stmt))
	continue;
      enum escape_step_effect e = step (g, stmt, data);
      if (e != ESCAPE_STEP_NONE)
	{
	  *at = stmt;
	  return e;
	}
    }
  return ESCAPE_STEP_NONE;
}

/* The last statement of BB with a location, or WHERE_FROM (the one of
   the path that led to BB): at -O0 the shared `return D;` block has
   none, the block that set D (`return 1;`) does.  */
static gimple *
escape_block_located_stmt (basic_block bb, gimple *where_from)
{
  for (gimple_stmt_iterator gsi = gsi_last_bb (bb); !gsi_end_p (gsi);
       gsi_prev (&gsi))
    if (!is_gimple_debug (gsi_stmt (gsi)) && !gimple_clobber_p (gsi_stmt (gsi))
	&& LOCATION_LOCUS (gimple_location (gsi_stmt (gsi)))
	   > BUILTINS_LOCATION)
      return gsi_stmt (gsi);
  return where_from;
}

/* Does BB end the function without returning (exit, abort), so that the
   frame is never left?  A longjmp leaves it.  */
static bool
escape_block_never_returns (basic_block bb)
{
  if (EDGE_COUNT (bb->succs) != 0)
    return false;
  gimple_stmt_iterator gsi = gsi_last_nondebug_bb (bb);
  gimple *last = gsi_end_p (gsi) ? NULL : gsi_stmt (gsi);
  if (!last || !is_gimple_call (last)
      || !(gimple_call_flags (last) & ECF_NORETURN))
    return false;
  tree fndecl = gimple_call_fndecl (last);
  return fndecl && !escape_library_function_is (fndecl, "longjmp")
	 && !escape_library_function_is (fndecl, "siglongjmp")
	 && !escape_library_function_is (fndecl, "_longjmp")
	 && !fndecl_built_in_p (fndecl, BUILT_IN_LONGJMP);
}

/* Walk forward from just after START (from the function's entry when
   START is NULL) over the CFG, each block at most once, taking only the
   edges EDGE_OK allows (every edge when it is NULL).  A statement STEP
   says kills ends its path; one it says blocks ends the walk
   (ESCAPE_WALK_BLOCKED, *AT that statement).  A path that reaches the
   exit ends the walk (ESCAPE_WALK_LEAVES, *AT the return, or the last
   located statement before it), unless ALL asks to go on and see
   whether anything blocks.  A path that ends in a call that does not
   return leaves no frame behind.  */
enum escape_walk_result
escape_walk_paths (struct escape_graph *g, gimple *start, escape_step_fn step,
		   escape_edge_fn edge_ok, const void *data, bool all,
		   gimple **at)
{
  *at = NULL;
  basic_block home = start ? gimple_bb (start)
		     : single_succ (ENTRY_BLOCK_PTR_FOR_FN (g->fun));
  if (!home)
    return ESCAPE_WALK_BLOCKED;
  gimple_stmt_iterator gsi = start ? gsi_for_stmt (start) : gsi_start_bb (home);
  if (start)
    gsi_next (&gsi);
  gimple *stopped = NULL;
  enum escape_step_effect e = escape_scan_block (g, gsi, step, data, &stopped);
  if (e != ESCAPE_STEP_NONE)
    {
      *at = e == ESCAPE_STEP_BLOCK ? stopped : NULL;
      return e == ESCAPE_STEP_KILL ? ESCAPE_WALK_KILLED : ESCAPE_WALK_BLOCKED;
    }
  if (escape_block_never_returns (home))
    return ESCAPE_WALK_KILLED;
  auto_bitmap seen;
  auto_vec<basic_block> work;
  auto_vec<gimple *> from;	/* the located statement before each */
  work.safe_push (home);
  from.safe_push (start);
  bool first = true;
  enum escape_walk_result result = ESCAPE_WALK_KILLED;
  while (!work.is_empty ())
    {
      basic_block bb = work.pop ();
      gimple *located = from.pop ();
      if (!first)
	{
	  if (!bitmap_set_bit (seen, bb->index))
	    continue;
	  e = escape_scan_block (g, gsi_start_bb (bb), step, data, &stopped);
	  if (e == ESCAPE_STEP_BLOCK)
	    {
	      *at = stopped;
	      return ESCAPE_WALK_BLOCKED;
	    }
	  if (e == ESCAPE_STEP_KILL || escape_block_never_returns (bb))
	    continue;
	}
      first = false;
      located = escape_block_located_stmt (bb, located);
      edge ed;
      edge_iterator ei;
      bool leaves = EDGE_COUNT (bb->succs) == 0;
      FOR_EACH_EDGE (ed, ei, bb->succs)
	leaves |= ed->dest == EXIT_BLOCK_PTR_FOR_FN (g->fun);
      if (leaves)
	{
	  if (result != ESCAPE_WALK_LEAVES)
	    *at = located;
	  result = ESCAPE_WALK_LEAVES;
	  if (!all)
	    return result;
	  continue;
	}
      FOR_EACH_EDGE (ed, ei, bb->succs)
	if (!edge_ok || edge_ok (ed, data))
	  {
	    work.safe_push (ed->dest);
	    from.safe_push (located);
	  }
    }
  return result;
}

/* Does every path from just after START to the function's exit meet a
   statement that STEP says kills the fact, before one it says blocks?
   When not, *WHY gets the statement where the fact is still true: the
   return that leaves, or the statement that blocks.  */
bool
escape_killed_on_all_paths (struct escape_graph *g, gimple *start,
			    escape_step_fn step, const void *data,
			    gimple **why)
{
  if (!gimple_bb (start))
    {
      *why = NULL;
      return false;
    }
  return escape_walk_paths (g, start, step, NULL, data, false, why)
	 == ESCAPE_WALK_KILLED;
}
