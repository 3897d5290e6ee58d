/* link.exp: defined, but not given to link, so the call stays unknown;
   built without embed, to be an input without a .escape section.  */
int *g_else;
void elsewhere (int *p) { g_else = p; }
