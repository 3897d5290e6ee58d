/* frontend/generic.h - what the plugin learns from the C front end,
   before gimplification (frontend/generic.c).  */

#ifndef ESCAPE_FRONTEND_GENERIC_H
#define ESCAPE_FRONTEND_GENERIC_H

#include "base/escape.h"

/* A `return &x;` the front end turned into `return (&x, 0);`.  */
struct escape_folded_return
{
  int fn_uid;		/* DECL_UID of the function */
  int decl_uid;		/* DECL_UID of the variable */
  location_t loc;	/* the return statement */
  tree decl;		/* the variable, kept alive by a GC root (a local
			   the fold left unaddressed may be nowhere else
			   by the time the pass runs), or NULL */
};

void escape_frontend_register (const char *plugin_name);
void escape_folded_returns_of (tree fndecl, vec<escape_folded_return> *out);
bool escape_is_compound_literal (tree decl);

#endif /* ESCAPE_FRONTEND_GENERIC_H */
