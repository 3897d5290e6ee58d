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
 * no argument.  A noescape parameter is not kept by the callee beyond
 * the call: not stored where it outlives the call, not returned, not
 * freed.  What it points to may still escape, as with Clang's noescape.
 *
 * The parameter form works on prototypes too, though the C front end
 * keeps no PARM_DECLs for a declaration without a body: the handler
 * also marks the parameter's type, a variant of its pointer type with
 * the same attribute in TYPE_ATTRIBUTES (it does not affect type
 * identity, so the types stay compatible).  The front end builds the
 * function type from its parameters' types after the handler ran, so
 * the mark ends up in TYPE_ARG_TYPES of every function type written
 * with it: a prototype's, a function pointer's, a typedef's.  When
 * declarations of one function meet, the front end's composite type
 * merges each parameter type's attributes, as it merges the function's
 * nonnull: a redeclaration that marks another parameter adds to the
 * set, and the definition is checked against the union.  A call asks
 * the callee's declaration and the type it is called through
 * (gimple_call_fntype), so calls through a function pointer honour it.  */

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

/* Is the Nth (0-based) parameter type of FNTYPE marked noescape (the
   parameter form, kept in the type)?  */
static bool
escape_arg_type_noescape (tree fntype, unsigned n)
{
  if (!fntype || !FUNC_OR_METHOD_TYPE_P (fntype))
    return false;
  tree type = escape_nth_arg_type (fntype, n);
  return type && lookup_attribute ("noescape", TYPE_ATTRIBUTES (type));
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

/* Mark the type of noescape parameter PARM, so that the function type
   the front end builds from it carries the attribute (the header
   comment says why).  */
static void
escape_mark_parm_type (tree parm, tree name)
{
  tree type = TREE_TYPE (parm);
  if (lookup_attribute ("noescape", TYPE_ATTRIBUTES (type)))
    return;
  tree marked = build_type_attribute_variant
    (type, tree_cons (name, NULL_TREE, TYPE_ATTRIBUTES (type)));
  if (DECL_ARG_TYPE (parm) == type)
    DECL_ARG_TYPE (parm) = marked;
  TREE_TYPE (parm) = marked;
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
      else
	escape_mark_parm_type (decl, name);
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
   form, by any of its declarations?  */
bool
escape_param_noescape (tree fndecl, unsigned index)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL)
    return false;
  tree parm = escape_nth_parm (fndecl, index);
  if (parm && lookup_attribute ("noescape", DECL_ATTRIBUTES (parm)))
    return true;
  if (escape_arg_type_noescape (TREE_TYPE (fndecl), index))
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

/* Is parameter INDEX (0-based) noescape in function type FNTYPE (the
   parameter form on a prototype or a function pointer type)?  */
bool
escape_fntype_param_noescape (tree fntype, unsigned index)
{
  return escape_arg_type_noescape (fntype, index);
}

/* Does function type FNTYPE mark any parameter noescape?  */
bool
escape_fntype_has_noescape (tree fntype)
{
  if (!fntype || !FUNC_OR_METHOD_TYPE_P (fntype))
    return false;
  for (tree a = TYPE_ARG_TYPES (fntype); a && a != void_list_node;
       a = TREE_CHAIN (a))
    if (TREE_VALUE (a)
	&& lookup_attribute ("noescape", TYPE_ATTRIBUTES (TREE_VALUE (a))))
      return true;
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
  return escape_fntype_has_noescape (TREE_TYPE (fndecl));
}
