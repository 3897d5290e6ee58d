/* link.exp: callees of undo.c, with their may-write summaries.  */
#include <stdio.h>
extern int *g_last;
int g_count;
void log_it (const char *m) { fputs (m, stderr); g_count++; }
void handle (void *p) { fprintf (stderr, "%p\n", p); }
void forget_all (void) { g_last = 0; }
void log_count (int n) { g_count += n; }
