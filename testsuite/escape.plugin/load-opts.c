/* The plugin loads at every optimisation level, with and without -g.  */
/* { dg-do compile } */

struct point { int x, y; };

static int
sum (const int *v, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s;
}

int
main (void)
{
  struct point p = { 1, 2 };
  int v[4] = { 1, 2, 3, 4 };
  return sum (v, 4) + p.x - 11;
}
