/* link.exp: possible hazards that only calls of another file (undoer.c)
   keep from the definite class; link settles each by the callee's
   may-write summary.  */
void log_it (const char *);
void handle (void *);
void forget_all (void);
void log_count (int);
struct cmd { char *p; };
int *g_last;

void
logged (void)
{
  int x;			/* definite: log_it writes nothing of g_last */
  g_last = &x;
  log_it ("x");
}

void
handled (struct cmd *c)
{
  char buf[8];			/* definite: handle writes nothing through c */
  c->p = buf;
  handle (c);
}

void
forgotten (void)
{
  int y;			/* possible: forget_all writes g_last */
  g_last = &y;
  forget_all ();
}

void
counted (void)
{
  int z;			/* possible: log_count has no pointer parameter,
				   so no record tells what it writes */
  g_last = &z;
  log_count (1);
}
