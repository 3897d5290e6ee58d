/* link.exp: locals that a callee of another file (strings.c) hands back
   through its result.  */
#include <string.h>
char *skip_spaces (char *s);
char **first (char **v);
char *held;

int
blank (const char *line)
{
  char buf[64];			/* settled: the result is only read */
  strncpy (buf, line, sizeof buf - 1);
  buf[sizeof buf - 1] = 0;
  char *end = skip_spaces (buf);
  return *end == 0 && strlen (end) == 0;
}

int
kept_result (const char *line)
{
  char buf[64];			/* escapes: the result is stored */
  strncpy (buf, line, sizeof buf - 1);
  buf[sizeof buf - 1] = 0;
  held = skip_spaces (buf);
  return 0;
}

int
one_deeper (void)
{
  char c = 0;			/* escapes: what the result points to is
				   stored */
  char *v[2] = { &c, 0 };	/* settled: only what it points to goes */
  char **w = first (v);
  held = *w;
  return 0;
}
