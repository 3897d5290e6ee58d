/* Hazards of both classes and other escapes side by side: the
   compiler's warnings, the records' "hazard" and "outlives" and the
   SARIF warning-level results must name the same places (agree.exp).  */
#include <pthread.h>

int *g_keep;
void opaque (int *);

static void *
worker (void *arg)
{
  return arg;
}

int *
returned (void)
{
  int a[2] = { 1, 2 };		/* definite: returned */
  int *p = a;
  return p;
}

void
global_store (void)
{
  int b = 3;			/* definite: stored in a global */
  g_keep = &b;
}

void
passed_on (void)
{
  int c = 4;			/* escapes to a call: not a hazard */
  opaque (&c);
}

void
container (void)
{
  int d = 5;			/* stored in an escaping object: not a hazard */
  int *box[1] = { &d };
  opaque ((int *) box);
}

void
maybe_undone (void)
{
  int h = 8;			/* possible: the call may clear g_keep */
  g_keep = &h;
  opaque (0);
}

void
threaded (pthread_t *t)
{
  int e = 6;			/* possible: a thread whose handle the caller
				   holds, so the caller may join it */
  pthread_create (t, 0, worker, &e);
}

int
stays (void)
{
  int f = 7;			/* does not escape */
  int *p = &f;
  return *p;
}
