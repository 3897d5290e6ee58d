/* main.c - register a few shapes and print the largest.  */
#include <stdio.h>
#include "shape.h"

int main (void)
{
  double sides[2] = { 2.0, 3.0 };
  registry_add (shape_new ("square", sides[0], sides[0]));
  registry_add (shape_new ("rectangle", sides[0], sides[1]));
  printf ("largest: %s\n", registry_largest ()->name);
  registry_clear ();
  return 0;
}
