/* escape-basics.c - the basic escape decisions, one function each.
   See them with: gcc -O2 -fplugin=./escape.so -fplugin-arg-escape-verbose=2  */

#include <stdlib.h>
#include <string.h>

struct span { int *data; int len; };

/* BUG: the span returned points into this function's own stack frame.
   GCC itself does not warn, because the address leaves inside a struct.  */
struct span first_multiples (int n)
{
  int buf[3] = { n, 2 * n, 3 * n };
  int *p = buf;
  return (struct span) { p, 3 };
}

/* The heap buffer never leaves this function, so it does not escape.  */
long sum_of_squares (int n)
{
  long *tmp = malloc (16 * sizeof *tmp);
  long s = 0;
  if (!tmp)
    return -1;
  for (int i = 0; i < 16; i++)
    tmp[i] = (long) (n + i) * (n + i);
  for (int i = 0; i < 16; i++)
    s += tmp[i];
  free (tmp);
  return s;
}

/* The caller's pointer comes back as the result, and goes nowhere else.  */
char *skip_spaces (char *p)
{
  while (*p == ' ')
    p++;
  return p;
}

/* The parameter is stored in a global, so it outlives the call.  */
static const char *last_name;

void remember_name (const char *name)
{
  last_name = name;
}

const char *recalled_name (void)
{
  return last_name;
}

/* A temporary copy of variable size: with promotion it gets a 256-byte
   stack buffer, and strdup is called only for longer strings.  */
int says_yes (const char *answer)
{
  char *copy = strdup (answer);
  if (!copy)
    return -1;
  for (char *c = copy; *c; c++)
    if (*c >= 'A' && *c <= 'Z')
      *c += 'a' - 'A';
  int yes = strcmp (copy, "yes") == 0;
  free (copy);
  return yes;
}
