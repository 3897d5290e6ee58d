/* link.exp: see ping.c.  */
int ping (int *p, int n);

int
pong (int *p, int n)
{
  return n <= 0 ? *p : ping (p, n - 1) + 1;
}
