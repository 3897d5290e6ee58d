/* link.exp: hazards that only the whole program shows.  The callees are
   in keeper.c and keeper2.c.  */
void keep (int *p);
void keep_some (int *p, int c);
void pass_on (int *p);
void chain (int *p);
void look (const int *p);
extern int *cleared;

int
definite (void)
{
  int x = 1;			/* definite: keep() always keeps it */
  keep (&x);
  return x;
}

int
undone (void)
{
  int y = 2;			/* possible: a later store may clear it */
  keep (&y);
  cleared = 0;
  return y;
}

int
sometimes (int c)
{
  int z = 3;			/* possible: kept on some paths */
  keep_some (&z, c);
  return z;
}

int
passed_on (void)
{
  int w = 4;			/* definite: pass_on() hands it to keep() */
  pass_on (&w);
  return w;
}

int
chained (void)
{
  int v = 5;			/* definite: chain() in keeper.c keeps it
				   through keep_far() in keeper2.c */
  chain (&v);
  return v;
}

int
read_only (void)
{
  int u = 6;			/* settled: look() only reads it */
  look (&u);
  return u;
}
