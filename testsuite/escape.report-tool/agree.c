/* Hazards and other escapes side by side: the compiler's warnings, the
   records' "outlives" and the SARIF warning-level results must name the
   same places (agree.exp).  */
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
  int a[2] = { 1, 2 };		/* hazard: returned */
  int *p = a;
  return p;
}

void
global_store (void)
{
  int b = 3;			/* hazard: stored in a global */
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
threaded (pthread_t *t)
{
  int e = 6;			/* hazard: handed to a thread */
  pthread_create (t, 0, worker, &e);
}

int
stays (void)
{
  int f = 7;			/* does not escape */
  int *p = &f;
  return *p;
}
