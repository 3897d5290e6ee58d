/* link.exp: the far end of hazards.c's chained().  */
int *g_far;
void keep_far (int *p) { g_far = p; }
