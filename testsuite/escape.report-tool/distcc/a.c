/* distcc.exp's program: a.c passes the address of a local to a
   function of b.c that only reads it (link settles it as not
   escaping), and of another to one that keeps it in a global (it
   escapes, and outlives main's frame: a definite hazard).  */
int look (const int *p);
void keep (int *p);

int
main (void)
{
  int seen = 1, kept = 2;
  int r = look (&seen);
  keep (&kept);			/* last: nothing after it may clear it */
  return r;
}
