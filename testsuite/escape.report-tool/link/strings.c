/* link.exp: callees of results.c that return (a part of) their
   argument.  */
char *skip_spaces (char *s) { while (*s == ' ') s++; return s; }
char **first (char **v) { return v; }
