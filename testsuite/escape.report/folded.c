/* `return &x;` of a local: GCC's front end warns and returns a null
   pointer instead; the report still says what the source does.  */
int *
local_returned (void)
{
  int x = 1;
  return &x;
}

int *
param_returned (int p)
{
  return &p;
}
