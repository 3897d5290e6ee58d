/* escape-frontend.c - what the plugin learns from the C front end.
 *
 * Compound literals are recognised before gimplification, when the C
 * front end still marks them (PLUGIN_PRE_GENERICIZE), so that they can
 * be reported as such rather than as compiler temporaries.  They are
 * remembered by DECL_UID, which stays unique for the whole compile,
 * rather than by tree pointer: a function's trees may be collected once
 * it is compiled, and a later tree may reuse the address.  */

#include "escape-frontend.h"
#include "hash-set.h"

typedef hash_set<int_hash<int, -1, -2> > escape_uid_set;

/* DECL_UIDs of the compound literals of the translation unit.  */
static escape_uid_set *escape_compound_literals;

bool
escape_is_compound_literal (tree decl)
{
  return decl && escape_compound_literals
	 && escape_compound_literals->contains ((int) DECL_UID (decl));
}

static tree
escape_find_literals (tree *tp, int *walk_subtrees ATTRIBUTE_UNUSED,
		      void *data ATTRIBUTE_UNUSED)
{
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
  walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl),
				escape_find_literals, NULL);
}

void
escape_frontend_register (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_PRE_GENERICIZE,
		     escape_pre_genericize, NULL);
}
