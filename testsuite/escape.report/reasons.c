/* One object for each reason of the report's vocabulary, plus objects
   that do not escape, parameter summaries and frame memory (VLA, alloca).
   report.exp checks the JSON Lines records this produces.  */
#include <stdlib.h>
#include <pthread.h>
#include <stdint.h>

int *global_ptr;
struct box { int *p; };
extern void keep (int *);
extern void keep_int (uintptr_t);

int *
returned_local (void)
{
  int r = 1;
  int *p = &r;
  struct box b = { p };
  return b.p;
}

void
stored_global (void)
{
  int g = 2;
  global_ptr = &g;
}

void
stored_caller (int **out)
{
  int c = 3;
  *out = &c;
}

struct box *
escaping_object (void)
{
  int inner = 4;
  struct box *h = malloc (sizeof *h);
  h->p = &inner;
  return h;
}

void
passed (void)
{
  int k = 5;
  keep (&k);
}

static void *
worker (void *arg)
{
  return arg;
}

void
threaded (void)
{
  int t = 6;
  pthread_t id;
  pthread_create (&id, 0, worker, &t);
}

void
integer (void)
{
  int i = 7;
  keep_int ((uintptr_t) &i);
}

void
in_asm (void)
{
  int a = 8;
  __asm__ volatile ("" : : "r" (&a) : "memory");
}

int
stays (void)
{
  int s = 9;
  int *p = &s;
  int *h = malloc (sizeof *h);
  *h = *p;
  int v = *h;
  free (h);
  return v;
}

int *
ident (int *p)
{
  return p;
}

int
reader (const int *q)
{
  return *q;
}

void
leaker (int *l)
{
  global_ptr = l;
}

void
content (int **cc)
{
  global_ptr = *cc;
}

void
freer (int *f)
{
  free (f);
}

/* Frame memory: a VLA, reported under its own name, and a plain alloca
   block.  Both are kind "local".  */
void
vla_global (int n)
{
  int vla[n];
  global_ptr = &vla[0];
}

int
alloca_stays (int n)
{
  int *m = __builtin_alloca (n * sizeof (int));
  m[0] = n;
  return m[0];
}

/* A parameter stored through another parameter whose content also
   leaks: its leaks list has two entries.  */
void
stored_and_content (int **both, int ***into)
{
  *into = both;
  global_ptr = *both;
}
