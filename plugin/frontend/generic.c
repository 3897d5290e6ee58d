/* frontend/generic.c - what the plugin learns from the C front end.
 *
 * Compound literals are recognised before gimplification, when the C
 * front end still marks them (PLUGIN_PRE_GENERICIZE), so that they can
 * be reported as such rather than as compiler temporaries.  They are
 * remembered by DECL_UID, which stays unique for the whole compile,
 * rather than by tree pointer: a function's trees may be collected once
 * it is compiled, and a later tree may reuse the address.
 *
 * The front end also rewrites a literal `return &x;` of a local x into
 * `return (&x, 0);` (it warns -Wreturn-local-addr), so the GIMPLE the pass
 * sees returns a null pointer.  Those returns are remembered too (the
 * function's and the variable's DECL_UIDs, and where), so that the
 * report still says what the source does: x is returned.  */

#include "frontend/generic.h"
#include "hash-set.h"
#include "ggc.h"

typedef hash_set<int_hash<int, -1, -2> > escape_uid_set;

/* DECL_UIDs of the compound literals of the translation unit.  */
static escape_uid_set *escape_compound_literals;

/* The folded `return &x;` of the translation unit.  */
static vec<escape_folded_return> escape_folded_returns;
static tree escape_current_fndecl;

bool
escape_is_compound_literal (tree decl)
{
  return decl && escape_compound_literals
	 && escape_compound_literals->contains ((int) DECL_UID (decl));
}

/* The variables of folded returns, a GC root: at -O2 the fold leaves the
   local unaddressed, GCC makes it a register, and the declaration may be
   reachable from nowhere else when the pass runs.  Past the last slot a
   return is remembered by DECL_UID only.  */
#define ESCAPE_MAX_FOLDED_DECLS 1024
static tree escape_folded_decls[ESCAPE_MAX_FOLDED_DECLS];
static unsigned escape_n_folded_decls;

static const struct ggc_root_tab escape_folded_roots[] = {
  { &escape_folded_decls[0], ESCAPE_MAX_FOLDED_DECLS, sizeof (tree),
    &gt_ggc_mx_tree_node, &gt_pch_nx_tree_node },
  LAST_GGC_ROOT_TAB
};

/* RET is `return (&x, 0)` for a local or parameter X of the function
   being parsed: remember it.  */
static void
escape_note_folded_return (tree ret)
{
  tree value = TREE_OPERAND (ret, 0);
  if (value && (TREE_CODE (value) == MODIFY_EXPR
		|| TREE_CODE (value) == INIT_EXPR))
    value = TREE_OPERAND (value, 1);
  while (value && CONVERT_EXPR_P (value))
    value = TREE_OPERAND (value, 0);
  if (!value || TREE_CODE (value) != COMPOUND_EXPR
      || !integer_zerop (TREE_OPERAND (value, 1)))
    return;
  tree addr = TREE_OPERAND (value, 0);
  /* `&*(&x + 1)` comes as `&x + 1`.  */
  while (CONVERT_EXPR_P (addr) || TREE_CODE (addr) == POINTER_PLUS_EXPR)
    addr = TREE_OPERAND (addr, 0);
  if (TREE_CODE (addr) != ADDR_EXPR)
    return;
  tree decl = get_base_address (TREE_OPERAND (addr, 0));
  if (!decl || (!VAR_P (decl) && TREE_CODE (decl) != PARM_DECL)
      || TREE_STATIC (decl) || DECL_EXTERNAL (decl)
      || DECL_CONTEXT (decl) != escape_current_fndecl)
    return;
  tree kept = NULL_TREE;
  if (escape_n_folded_decls < ESCAPE_MAX_FOLDED_DECLS)
    kept = escape_folded_decls[escape_n_folded_decls++] = decl;
  escape_folded_return r = { (int) DECL_UID (escape_current_fndecl),
			     (int) DECL_UID (decl), EXPR_LOCATION (ret),
			     kept };
  escape_folded_returns.safe_push (r);
}

static tree
escape_find_literals (tree *tp, int *walk_subtrees ATTRIBUTE_UNUSED,
		      void *data ATTRIBUTE_UNUSED)
{
  if (TREE_CODE (*tp) == RETURN_EXPR)
    escape_note_folded_return (*tp);
  if (TREE_CODE (*tp) == COMPOUND_LITERAL_EXPR
      && TREE_CODE (COMPOUND_LITERAL_EXPR_DECL_EXPR (*tp)) == DECL_EXPR)
    {
      tree decl = COMPOUND_LITERAL_EXPR_DECL (*tp);
      if (decl && VAR_P (decl) && !TREE_STATIC (decl))
	escape_compound_literals->add ((int) DECL_UID (decl));
    }
  return NULL_TREE;
}

static void
escape_pre_genericize (void *gcc_data, void *user_data ATTRIBUTE_UNUSED)
{
  tree fndecl = (tree) gcc_data;
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL
      || !DECL_SAVED_TREE (fndecl))
    return;
  if (!escape_compound_literals)
    escape_compound_literals = new escape_uid_set;
  escape_current_fndecl = fndecl;
  walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl),
				escape_find_literals, NULL);
}

/* The folded returns of FNDECL, appended to OUT.  */
void
escape_folded_returns_of (tree fndecl, vec<escape_folded_return> *out)
{
  for (unsigned i = 0; i < escape_folded_returns.length (); i++)
    if (escape_folded_returns[i].fn_uid == (int) DECL_UID (fndecl))
      out->safe_push (escape_folded_returns[i]);
}

void
escape_frontend_register (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_PRE_GENERICIZE,
		     escape_pre_genericize, NULL);
  register_callback (plugin_name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
		     (void *) escape_folded_roots);
}
