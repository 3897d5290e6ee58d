/* frontend/attribute.c - the noescape attribute, registered in GCC's own
 * form while the plugin is loaded (so __has_attribute (noescape) is
 * true), and asked by lowering (at calls) and by explain (at
 * definitions, where a body that leaks such a parameter is an error).
 *
 *   void keep (char *p, char *q) __attribute__ ((noescape (1)));
 *   void look (char *p __attribute__ ((noescape)));      (Clang's form)
 *
 * On a function it takes 1-based parameter indices, as nonnull does;
 * with none it covers every pointer parameter.  On a parameter it takes
 * no argument; GCC keeps a parameter's attributes only where the body
 * is, so that form is honoured in the translation unit that defines the
 * function.  A noescape parameter is not kept by the callee beyond the
 * call: not stored where it outlives the call, not returned, not freed.
 * What it points to may still escape, as with Clang's noescape.  */

#include "frontend/attribute.h"

/* The Nth (0-based) parameter of FNDECL, or NULL.  */
static tree
escape_nth_parm (tree fndecl, unsigned n)
{
  tree p = DECL_ARGUMENTS (fndecl);
  for (; p && n; n--)
    p = DECL_CHAIN (p);
  return p;
}

/* The type of the Nth (0-based) parameter of FNTYPE, or NULL.  */
static tree
escape_nth_arg_type (tree fntype, unsigned n)
{
  tree a = TYPE_ARG_TYPES (fntype);
  for (; a && a != void_list_node && n; n--)
    a = TREE_CHAIN (a);
  return a && a != void_list_node ? TREE_VALUE (a) : NULL_TREE;
}

/* Check the indices of noescape (N, ...) on function DECL.  */
static bool
escape_check_indices (tree decl, tree name, tree args)
{
  tree fntype = TREE_TYPE (decl);
  for (tree a = args; a; a = TREE_CHAIN (a))
    {
      tree v = TREE_VALUE (a);
      if (TREE_CODE (v) != INTEGER_CST || !tree_fits_uhwi_p (v)
	  || tree_to_uhwi (v) == 0)
	{
	  warning (OPT_Wattributes, "%qE attribute argument is not a "
		   "parameter number from 1", name);
	  return false;
	}
      tree type = escape_nth_arg_type (fntype, tree_to_uhwi (v) - 1);
      if (!type)
	{
	  warning (OPT_Wattributes, "%qE attribute argument value %wu "
		   "exceeds the number of function parameters", name,
		   tree_to_uhwi (v));
	  return false;
	}
      if (!POINTER_TYPE_P (type))
	{
	  warning (OPT_Wattributes, "%qE attribute argument value %wu "
		   "refers to parameter type %qT, not a pointer", name,
		   tree_to_uhwi (v), type);
	  return false;
	}
    }
  return true;
}

static tree
escape_handle_noescape (tree *node, tree name, tree args, int, bool *no_add)
{
  tree decl = *node;
  bool ok;
  if (TREE_CODE (decl) == FUNCTION_DECL)
    ok = escape_check_indices (decl, name, args);
  else if (TREE_CODE (decl) == PARM_DECL)
    {
      ok = !args && POINTER_TYPE_P (TREE_TYPE (decl));
      if (!ok)
	warning (OPT_Wattributes, "%qE attribute on a parameter takes no "
		 "argument and needs a pointer parameter", name);
    }
  else
    {
      warning (OPT_Wattributes, "%qE attribute applies to functions and "
	       "pointer parameters only", name);
      ok = false;
    }
  *no_add = !ok;
  return NULL_TREE;
}

static const struct attribute_spec escape_noescape_spec = {
  "noescape", 0, -1, false, false, false, false, escape_handle_noescape,
  NULL
};

static void
escape_attributes_cb (void *, void *)
{
  register_attribute (&escape_noescape_spec);
}

void
escape_attribute_register (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_ATTRIBUTES, escape_attributes_cb,
		     NULL);
}

/* Is parameter INDEX (0-based) of FNDECL declared noescape, in either
   form?  */
bool
escape_param_noescape (tree fndecl, unsigned index)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL)
    return false;
  tree parm = escape_nth_parm (fndecl, index);
  if (parm && lookup_attribute ("noescape", DECL_ATTRIBUTES (parm)))
    return true;
  for (tree a = lookup_attribute ("noescape", DECL_ATTRIBUTES (fndecl)); a;
       a = lookup_attribute ("noescape", TREE_CHAIN (a)))
    {
      if (!TREE_VALUE (a))
	{
	  tree type = escape_nth_arg_type (TREE_TYPE (fndecl), index);
	  if (type && POINTER_TYPE_P (type))
	    return true;
	  continue;
	}
      for (tree v = TREE_VALUE (a); v; v = TREE_CHAIN (v))
	if (tree_fits_uhwi_p (TREE_VALUE (v))
	    && tree_to_uhwi (TREE_VALUE (v)) == (unsigned HOST_WIDE_INT) index + 1)
	  return true;
    }
  return false;
}

/* Does FNDECL declare any parameter noescape?  */
bool
escape_function_has_noescape (tree fndecl)
{
  if (lookup_attribute ("noescape", DECL_ATTRIBUTES (fndecl)))
    return true;
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p))
    if (lookup_attribute ("noescape", DECL_ATTRIBUTES (p)))
      return true;
  return false;
}
