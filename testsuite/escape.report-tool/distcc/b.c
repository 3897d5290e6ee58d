/* distcc.exp: the callees a.c depends on.  */
int *g_keep;

int look (const int *p) { return *p - 1; }
void keep (int *p) { g_keep = p; }
