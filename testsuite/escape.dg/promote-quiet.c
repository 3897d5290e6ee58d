/* Without verbose, promotion says nothing; without promote, nothing is
   promoted.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote" } */

#include <stdlib.h>

int
quiet (void)
{
  int *v = malloc (16); /* { dg-bogus "promoted" } */
  v[0] = 3;
  int r = v[0];
  free (v);
  return r;
}
