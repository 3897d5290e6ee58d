/* frontend/attribute.h - the noescape attribute (frontend/attribute.c).  */

#ifndef ESCAPE_FRONTEND_ATTRIBUTE_H
#define ESCAPE_FRONTEND_ATTRIBUTE_H

#include "base/escape.h"

void escape_attribute_register (const char *plugin_name);
bool escape_param_noescape (tree fndecl, unsigned index);
bool escape_function_has_noescape (tree fndecl);
bool escape_fntype_param_noescape (tree fntype, unsigned index);
bool escape_fntype_has_noescape (tree fntype);

#endif /* ESCAPE_FRONTEND_ATTRIBUTE_H */
