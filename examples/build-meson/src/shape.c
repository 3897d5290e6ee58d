/* shape.c - creating and measuring shapes.  */
#include <stdlib.h>
#include "shape.h"

struct shape *shape_new (const char *name, double w, double h)
{
  struct shape *s = malloc (sizeof *s);
  if (s)
    {
      s->name = name;
      s->w = w;
      s->h = h;
    }
  return s;
}

double shape_area (const struct shape *s)
{
  return s->w * s->h;
}
