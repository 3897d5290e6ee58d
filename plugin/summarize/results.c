/* summarize/results.c - where the result of a call to a function of
 * another file goes in the caller: the shallowest level below the
 * result whose objects may escape here.  It goes into the call's
 * "depends" entries (summarize/depends.c), so that `escape-report link`
 * can settle an object that a callee of another file only hands back
 * (`char *end = skip_spaces (buf); return *end == 0;`).
 *
 * A walk over the result's uses, through SSA copies, conversions to
 * pointers, pointer arithmetic, PHIs, and loads of pointers (one level
 * deeper each).  Reading through the value, comparing it, subtracting
 * it and storing through it keep nothing; so do the C library's readers
 * and the calls GCC's flags say keep nothing (strlen), and the searches
 * (strchr) hand it on in their result.  Anything else
 * escapes at the level the walk is at: stored in memory, returned,
 * passed to any other call, converted to an integer, used by asm or by
 * a statement the walk does not understand.  */

#include "summarize/results.h"
#include "knowledge/libc.h"
#include "lower/callee.h"

/* The most SSA uses one walk looks at; beyond, level 0 escapes.  */
#define ESCAPE_RESULT_WALK_BUDGET 4096

struct escape_result_walk
{
  auto_vec<tree> values;	/* SSA names to visit... */
  auto_vec<int> levels;		/* ...and the level each is at */
  hash_set<int_hash<int, -1, -2> > seen;	/* version * levels + level */
  int escapes;			/* the shallowest escaping level, or
				   ESCAPE_RESULT_NONE */
  unsigned budget;
};

/* VALUE, LEVEL levels above the objects it points to, is to be walked.  */
static void
escape_result_push (struct escape_result_walk *w, tree value, int level)
{
  if (level >= ESCAPE_PARAM_LEVELS)
    level = ESCAPE_PARAM_LEVELS - 1;
  if (w->escapes != ESCAPE_RESULT_NONE && level >= w->escapes)
    return;
  if (TREE_CODE (value) != SSA_NAME)
    {
      w->escapes = level;
      return;
    }
  int key = (int) SSA_NAME_VERSION (value) * ESCAPE_PARAM_LEVELS + level;
  if (w->seen.add (key))
    return;
  w->values.safe_push (value);
  w->levels.safe_push (level);
}

static void
escape_result_escapes (struct escape_result_walk *w, int level)
{
  if (level >= ESCAPE_PARAM_LEVELS)
    level = ESCAPE_PARAM_LEVELS - 1;
  if (w->escapes == ESCAPE_RESULT_NONE || level < w->escapes)
    w->escapes = level;
}

/* Is REF memory read or written through VALUE: *VALUE, VALUE->f,
   VALUE[i], MEM[VALUE + 4]?  */
static bool
escape_ref_through (tree ref, tree value)
{
  tree base = ref;
  while (handled_component_p (base))
    base = TREE_OPERAND (base, 0);
  return (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
	 && TREE_OPERAND (base, 0) == value;
}

/* Does OP use VALUE other than as the address memory is reached through
   (the value itself, or &VALUE->f)?  */
static bool
escape_operand_is_value (tree op, tree value)
{
  if (op == value)
    return true;
  if (TREE_CODE (op) == ADDR_EXPR)
    return escape_ref_through (TREE_OPERAND (op, 0), value);
  return false;
}

/* Assignment STMT uses VALUE at LEVEL.  */
static void
escape_result_assign (struct escape_result_walk *w, gassign *stmt,
		      tree value, int level)
{
  tree lhs = gimple_assign_lhs (stmt);
  enum tree_code code = gimple_assign_rhs_code (stmt);
  if (TREE_CODE_CLASS (code) == tcc_comparison
      || code == POINTER_DIFF_EXPR)
    return;
  tree rhs1 = gimple_assign_rhs1 (stmt);
  bool ssa_lhs = TREE_CODE (lhs) == SSA_NAME;
  /* A store through the value keeps nothing of it; a store of it
     does.  */
  if (!ssa_lhs && escape_ref_through (lhs, value)
      && !escape_operand_is_value (rhs1, value)
      && (gimple_num_ops (stmt) < 3
	  || !escape_operand_is_value (gimple_assign_rhs2 (stmt), value)))
    return;
  if (!ssa_lhs)
    {
      escape_result_escapes (w, level);
      return;
    }
  bool pointer = POINTER_TYPE_P (TREE_TYPE (lhs));
  if (gimple_assign_single_p (stmt) && escape_ref_through (rhs1, value))
    {
      /* A load: a pointer read is one level deeper; other scalars
	 carry no address.  */
      if (pointer)
	escape_result_push (w, lhs, level + 1);
      else if (!INTEGRAL_TYPE_P (TREE_TYPE (lhs))
	       && !SCALAR_FLOAT_TYPE_P (TREE_TYPE (lhs)))
	escape_result_escapes (w, level + 1);
      return;
    }
  if (pointer && (gimple_assign_single_p (stmt)
		  || CONVERT_EXPR_CODE_P (code)
		  || code == POINTER_PLUS_EXPR))
    {
      escape_result_push (w, lhs, level);
      return;
    }
  escape_result_escapes (w, level);
}

/* Call STMT uses VALUE at LEVEL.  */
static void
escape_result_call (struct escape_result_walk *w, gcall *call, tree value,
		    int level)
{
  tree fndecl = gimple_call_fndecl (call);
  const struct escape_libc_entry *e
    = fndecl && !gimple_call_chain (call) ? escape_libc_lookup (fndecl)
      : NULL;
  /* A result of integer type carries no address, as lowering has it.  */
  tree lhs = escape_result_may_be_pointer (call) ? gimple_call_lhs (call)
	     : NULL_TREE;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree arg = gimple_call_arg (call, i);
      if (!escape_operand_is_value (arg, value))
	continue;
      if (e && e->kind == ESCAPE_LIBC_READS)
	continue;
      if (e && e->kind == ESCAPE_LIBC_SEARCH)
	{
	  if (i == e->arg && lhs)
	    escape_result_push (w, lhs, level);
	  continue;
	}
      /* GCC's own flags (built-ins, fnspecs, const and pure).  */
      int flags = gimple_call_arg_flags (call, i);
      bool pure = (gimple_call_flags (call) & (ECF_CONST | ECF_PURE)) != 0;
      if (!pure && !ESCAPE_EAF_NO_DIRECT_ESCAPE (flags))
	{
	  escape_result_escapes (w, level);
	  return;
	}
      if (!pure && !ESCAPE_EAF_NO_INDIRECT_ESCAPE (flags))
	escape_result_escapes (w, level + 1);
      if (lhs && (pure || !ESCAPE_EAF_NOT_RETURNED (flags)
		  || !ESCAPE_EAF_NOT_RETURNED_CONTENT (flags)))
	escape_result_push (w, lhs, level);
    }
  /* The value as the call's lhs address (*VALUE = f ()) stores into it;
     as the static chain, it is handed on.  */
  if (gimple_call_chain (call) == value)
    escape_result_escapes (w, level);
}

/* STMT uses VALUE at LEVEL.  */
static void
escape_result_use (struct escape_result_walk *w, gimple *stmt, tree value,
		   int level)
{
  switch (gimple_code (stmt))
    {
    case GIMPLE_DEBUG:
    case GIMPLE_COND:
    case GIMPLE_SWITCH:
      return;
    case GIMPLE_PHI:
      escape_result_push (w, gimple_phi_result (stmt), level);
      return;
    case GIMPLE_ASSIGN:
      escape_result_assign (w, as_a <gassign *> (stmt), value, level);
      return;
    case GIMPLE_CALL:
      escape_result_call (w, as_a <gcall *> (stmt), value, level);
      return;
    default:
      escape_result_escapes (w, level);
    }
}

int
escape_call_result_escapes (gcall *call)
{
  if (!escape_result_may_be_pointer (call))
    return ESCAPE_RESULT_NONE;
  tree lhs = gimple_call_lhs (call);
  if (!POINTER_TYPE_P (TREE_TYPE (lhs)))
    return 0;
  struct escape_result_walk w;
  w.escapes = ESCAPE_RESULT_NONE;
  w.budget = ESCAPE_RESULT_WALK_BUDGET;
  escape_result_push (&w, lhs, 0);
  for (unsigned i = 0; i < w.values.length () && w.escapes != 0; i++)
    {
      tree value = w.values[i];
      int level = w.levels[i];
      if (w.escapes != ESCAPE_RESULT_NONE && level >= w.escapes)
	continue;
      imm_use_iterator it;
      gimple *use;
      FOR_EACH_IMM_USE_STMT (use, it, value)
	{
	  if (w.budget-- == 0)
	    return 0;
	  escape_result_use (&w, use, value, level);
	}
    }
  return w.escapes;
}
