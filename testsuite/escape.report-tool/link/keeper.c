/* link.exp: callees of hazards.c that keep their argument.  */
int *g_kept;
int *cleared;
void keep_far (int *p);
void keep (int *p) { g_kept = p; }
void keep_some (int *p, int c) { if (c) g_kept = p; }
void pass_on (int *p) { keep (p); }
void chain (int *p) { keep_far (p); }
void look (const int *p) { (void) *p; }
