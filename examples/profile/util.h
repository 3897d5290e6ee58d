/* examples/profile: the project's allocation wrappers.  */
#include <stddef.h>
char *xstrdup (const char *s);
void xfree (void *p);
