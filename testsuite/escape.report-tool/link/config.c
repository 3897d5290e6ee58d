/* link.exp: a visible function that hands its parameter to a static
   function, which keeps it in a static global and then calls a function
   of another file (that cannot reach the static global); and functions
   that return their argument.  */
#include <stdio.h>
void log_line (const char *);
static const char *cfg_path;

static void
set_path (const char *p)
{
  cfg_path = p;
  log_line ("config");
}

static void
set_path_maybe (const char *p, int c)
{
  if (c)
    cfg_path = p;
  log_line ("config");
}

void load_config (const char *path) { set_path (path); }
void load_config_maybe (const char *path, int c) { set_path_maybe (path, c); }

char *
to_text (const void *p, char *str, int size)
{
  snprintf (str, size, "%p", p);
  return str;
}

char *
to_text_maybe (char *str, int c)
{
  static char fixed[8];
  return c ? str : fixed;
}
