/* Heap objects in data structures.
   A heap object stored in another object escapes when that object does
   ("stored in malloc(...), which escapes" / "stored in 'o', which
   escapes"); objects that only point to each other and are freed do not
   escape; lists built in a loop share one allocation site; handing a
   block to a function that frees it is not an escape.  */
/* { dg-do compile } */
/* The harness adds -fno-show-column: stock DejaGnu matches ":LINE:"
   anywhere, so a column number could be taken for a line.  */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */


#include <stdlib.h>
#include <pthread.h>

struct node { struct node *next; int value; };
struct box { void *item; };

struct node *head;
struct box gbox;
extern void ext (void *);

/* Two nodes point at each other and both are freed; only an int is
   returned.  (An earlier version of the analysis took the int loaded from
   a->next->value for the pointers stored in the same object, and said
   "escapes to heap: returned".)  */
int pair_private (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  struct node *b = malloc (sizeof *b); /* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  a->next = b;
  b->next = a;
  a->value = 1;
  b->value = 2;
  int r = a->next->value + b->next->value;
  free (a);
  free (b);
  return r;
}

/* The same pair, but a goes to a global: b escapes because a does.  */
void pair_global (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: stored in global 'head'" } */
  struct node *b = malloc (sizeof *b); /* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: stored in malloc\\(\\.\\.\\.\\), which escapes" } */
  a->next = b;
  b->next = a;
  head = a;
}

/* Only the inner block escapes; the outer one is freed.  */
void inner_only (void)
{
  struct box *o = malloc (sizeof *o); /* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  o->item = malloc (32);	/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: stored in global 'gbox'" } */
  gbox.item = o->item;
  free (o);
}

/* A list built in a loop and returned: the one allocation site escapes.  */
struct node *build (int n)
{
  struct node *l = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *e = malloc (sizeof *e); /* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: returned" } */
      e->value = i;
      e->next = l;
      l = e;
    }
  return l;
}

/* A list built, summed and freed in a loop: nothing escapes (the int
   sum must not be taken for the nodes' next pointers).  */
int build_and_free (int n)
{
  struct node *l = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *e = malloc (sizeof *e); /* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
      e->value = i;
      e->next = l;
      l = e;
    }
  int s = 0;
  while (l)
    {
      struct node *next = l->next;
      s += l->value;
      free (l);
      l = next;
    }
  return s;
}

/* A list appended to a global list: escapes through the global.  */
void push_global (int v)
{
  struct node *e = malloc (sizeof *e); /* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: stored in global 'head'" } */
  e->value = v;
  e->next = head;
  head = e;
}

/* The list head passed in by the caller: the new node is stored in the
   caller's memory.  */
void push (struct node **list,	/* { dg-note "leaking param content: list" } */
	   int v)
{
  struct node *e = malloc (sizeof *e); /* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: stored in memory of the caller, through parameter 'list'" } */
  e->value = v;
  e->next = *list;
  *list = e;
}

/* A heap block in a local struct that is passed to an unknown
   function: the struct escapes, and the block with it.  */
void in_escaping_local (void)
{
  struct box b;			/* { dg-note "address of 'b' escapes: passed to 'ext'" } */
  b.item = malloc (8);		/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: stored in 'b', which escapes" } */
  ext (&b);
}

/* A heap block in a local array that stays private.  (The array is only
   indexed, never has its address taken, so it gets no note itself.)  */
int in_private_array (void)
{
  void *slots[4];
  for (int i = 0; i < 4; i++)
    slots[i] = malloc (8);	/* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  int r = slots[1] != 0;
  for (int i = 0; i < 4; i++)
    free (slots[i]);
  return r;
}

/* One element of a local array is returned: the site escapes.  */
void *from_array (int i)
{
  void *slots[4];
  for (int k = 0; k < 4; k++)
    slots[k] = malloc (8);	/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: returned" } */
  return slots[i & 3];
}

/* A callee that frees its argument: not an escape.  */
void dispose (struct node *n)	/* { dg-note "n does not escape" } */
{
  free (n);
}

void alloc_and_dispose (void)
{
  struct node *n = malloc (sizeof *n); /* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  n->value = 0;
  dispose (n);
}

/* A pointer split into two int halves, each stored in a global, can be
   put back together from them: the block escapes.  (Each half alone is
   narrower than a pointer, but together they are the whole pointer.)
   Narrow values read through a union keep what they point to, because
   type punning through a union is defined in C.  */
unsigned int halves[2];

void split_pointer (void)
{
  union { int *p; unsigned int half[2]; } u;
  u.p = malloc (sizeof (int));	/* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap" "pointer halves read through a union" } */
  /* { dg-bogus "does not escape" "pointer halves read through a union" { target *-*-* } 171 } */
  halves[0] = u.half[0];
  halves[1] = u.half[1];
}

/* Handed to a new thread: escapes.  */
static void *worker (void *arg)	/* { dg-note "leaking param: arg to result level=0" } */
{
  return arg;
}

int to_thread (void)
{
  pthread_t t;			/* { dg-note "'t' does not escape" } */
  int *job = malloc (sizeof *job); /* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: passed to another thread by 'pthread_create'" } */
  *job = 7;
  return pthread_create (&t, 0, worker, job);
}
