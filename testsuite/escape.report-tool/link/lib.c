/* link.exp: the callees main.c depends on.  */
#include <stdlib.h>

int *g_keep;

void keep (int *p) { g_keep = p; }
void look (const int *p) { (void) *p; }
int *ret (int *p) { return p; }
void into (int **out, int *p) { *out = p; }
void release (int *p) { free (p); }
