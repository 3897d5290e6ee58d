/* the same with malloc and without ?: */
#include <stdlib.h>
struct conv { const char **inrepls; };
struct conv *conv_open (void)
{
  const char *repls[] = { "a", "?", 0 };
  struct conv *fc = malloc (sizeof *fc);
  fc->inrepls = repls;
  return fc;
}
