/* summarize/results.h - where the result of a call to another file's
   function goes in its caller (summarize/results.c).  */

#ifndef ESCAPE_SUMMARIZE_RESULTS_H
#define ESCAPE_SUMMARIZE_RESULTS_H

#include "graph/graph.h"

/* Nothing below the result escapes.  */
#define ESCAPE_RESULT_NONE (-1)

/* The shallowest level below CALL's result whose objects may escape in
   the caller: 0, what the result points to; 1, what that points to;
   ESCAPE_PARAM_LEVELS - 1 stands for every deeper one.  */
int escape_call_result_escapes (gcall *call);

#endif /* ESCAPE_SUMMARIZE_RESULTS_H */
