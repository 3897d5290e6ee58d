/* SARIF output: a warning whose flow path spans several lines.  */
int *where;

void
remember (int c)
{
  int local = 1;
  int *p = &local;
  int *q = p;
  if (c)
    where = q;
}

struct box { int *slot; };

void
keep (struct box *b)
{
  int mine = 3;
  int *m = &mine;
  b->slot = m;
}
