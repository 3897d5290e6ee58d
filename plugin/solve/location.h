/* escape-location.h - the same memory location (escape-location.c).  */

#ifndef ESCAPE_LOCATION_H
#define ESCAPE_LOCATION_H

#include "escape.h"

bool escape_same_location (tree a, tree b);

#endif /* ESCAPE_LOCATION_H */
