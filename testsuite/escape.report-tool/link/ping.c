/* link.exp: ping and pong (pong.c) call each other; neither keeps p.  */
int pong (int *p, int n);

int
ping (int *p, int n)
{
  return n <= 0 ? *p : pong (p, n - 1);
}
