/* hazards.exp, the build after an edit: the same escapes, with the same
   reasons, but x now stays stored across an unknown call that may read
   it (a new possible hazard) and y is stored after the call (now definite).  */
int *g, *g2;
void peek (int **);

void
f1 (void)
{
  int x = 1;
  g = &x;
  peek (&g);
  g = 0;
}

void
f2 (void)
{
  int y = 2;
  peek (&g2);
  g2 = &y;
}
