/* hazards.exp, the baseline build: x is stored and cleared (no hazard),
   y stays stored when an unknown call may read or clear it
   (possible).  */
int *g, *g2;
void peek (int **);

void
f1 (void)
{
  int x = 1;
  g = &x;
  g = 0;
}

void
f2 (void)
{
  int y = 2;
  g2 = &y;
  peek (&g2);
}
