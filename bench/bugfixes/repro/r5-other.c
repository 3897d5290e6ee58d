/* the other file: returns its argument on every path */
#include <stdio.h>
struct prefix { int family; };
const char *prefix2str (const struct prefix *p, char *str, int size)
{
  snprintf (str, size, "%d", p->family);
  return str;
}
