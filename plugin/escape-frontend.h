/* escape-frontend.h - what the plugin learns from the C front end,
   before gimplification (escape-frontend.c).  */

#ifndef ESCAPE_FRONTEND_H
#define ESCAPE_FRONTEND_H

#include "escape.h"

void escape_frontend_register (const char *plugin_name);
bool escape_is_compound_literal (tree decl);

#endif /* ESCAPE_FRONTEND_H */
