/* solve/location.h - the same memory location (solve/location.c).  */

#ifndef ESCAPE_SOLVE_LOCATION_H
#define ESCAPE_SOLVE_LOCATION_H

#include "base/escape.h"

bool escape_same_location (tree a, tree b);

#endif /* ESCAPE_SOLVE_LOCATION_H */
