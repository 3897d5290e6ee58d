/* A hazard: the address of a local is stored in a global.  */
int *where;

void
remember (void)
{
  int local = 1;
  where = &local;
}
