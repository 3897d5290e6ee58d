/* escape-pass.h - the pass body, run on one function (escape-pass.c).  */

#ifndef ESCAPE_PASS_H
#define ESCAPE_PASS_H

#include "base/escape.h"

unsigned int escape_analyze_function (function *fun);

#endif /* ESCAPE_PASS_H */
