/* link.exp: locals that another file's function hands back and the
   caller returns (FRR's prefix2str before its fix), and locals handed to
   another file's visible function that keeps them through a static
   function of its own (config.c).  */
char *to_text (const void *p, char *str, int size);
char *to_text_maybe (char *str, int c);
void load_config (const char *path);
void load_config_maybe (const char *path, int c);

const char *
returned_through (const void *p)
{
  char str[64];			/* definite: to_text returns it */
  return to_text (p, str, sizeof str);
}

char *
returned_maybe (int c)
{
  char str[64];			/* possible: only on some paths */
  return to_text_maybe (str, c);
}

int
registered (void)
{
  char path[64] = "x";		/* definite: load_config keeps it */
  load_config (path);
  return 0;
}

int
registered_maybe (int c)
{
  char path[64] = "x";		/* possible: kept on some paths */
  load_config_maybe (path, c);
  return 0;
}
