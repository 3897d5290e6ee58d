/* solve/location.c - are two memory references the same location,
 * for the kill rules of the hazard question (solve/outlives.c): equal
 * trees, or the same field of a dereference of the same value, where
 * values computed alike from the same SSA names without reading memory
 * are the same.  */

#include "solve/location.h"

/* Bound on the SSA definitions escape_same_value follows.  */
#define ESCAPE_MAX_SAME_VALUE_DEPTH 8

/* Are A and B (operands) the same value, because they are, or because
   they are computed from the same values by the same operation without
   reading memory?  At -O0 each `p[i]` gets its own address computation
   (`_7 = p + _6;` and later `_10 = p + _9;`), which GCC has not yet
   merged when the pass runs.  */
static bool
escape_same_value (tree a, tree b, int depth)
{
  if (a == b || operand_equal_p (a, b, 0))
    return true;
  if (depth <= 0 || TREE_CODE (a) != SSA_NAME || TREE_CODE (b) != SSA_NAME
      || SSA_NAME_IS_DEFAULT_DEF (a) || SSA_NAME_IS_DEFAULT_DEF (b))
    return false;
  gassign *da = dyn_cast <gassign *> (SSA_NAME_DEF_STMT (a));
  gassign *db = dyn_cast <gassign *> (SSA_NAME_DEF_STMT (b));
  if (!da || !db || gimple_vuse (da) || gimple_vuse (db)
      || gimple_assign_rhs_code (da) != gimple_assign_rhs_code (db)
      || gimple_num_ops (da) != gimple_num_ops (db)
      || !types_compatible_p (TREE_TYPE (a), TREE_TYPE (b)))
    return false;
  for (unsigned i = 1; i < gimple_num_ops (da); i++)
    if (!escape_same_value (gimple_op (da, i), gimple_op (db, i), depth - 1))
      return false;
  return true;
}

/* Are memory references A and B the same location: equal, or the same
   field of a dereference of the same value?  */
bool
escape_same_location (tree a, tree b)
{
  if (operand_equal_p (a, b, 0))
    return true;
  if (TREE_CODE (a) != TREE_CODE (b))
    return false;
  if (TREE_CODE (a) == COMPONENT_REF)
    return TREE_OPERAND (a, 1) == TREE_OPERAND (b, 1)
	   && !TREE_OPERAND (a, 2) && !TREE_OPERAND (b, 2)
	   && escape_same_location (TREE_OPERAND (a, 0), TREE_OPERAND (b, 0));
  if (TREE_CODE (a) == MEM_REF)
    return operand_equal_p (TREE_OPERAND (a, 1), TREE_OPERAND (b, 1), 0)
	   && types_compatible_p (TREE_TYPE (a), TREE_TYPE (b))
	   && escape_same_value (TREE_OPERAND (a, 0), TREE_OPERAND (b, 0),
				 ESCAPE_MAX_SAME_VALUE_DEPTH);
  return false;
}
