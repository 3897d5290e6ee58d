/* hazards-definite.c - the two classes of hazard: each step of the
   definite class warns by default, and each way of being undone leaves
   the hazard possible (warned only with hazards=possible, lib/escape.exp
   runs this file in both modes).  */
/* { dg-do compile } */
#include <pthread.h>
#include <stdlib.h>

int *g_last, *g_other;
int counter;
struct stack { int *items[8]; int n; };
void log_it (const char *m);
void *sink (void *, ...);

/* Same-file callees and their summaries.  */
void remember (int *p) { g_last = p; }			/* must-keep: global */
void forget (void) { g_last = 0; }			/* writes g_last */
void count (void) { counter++; }			/* writes counter only */
void keep2 (int *p) { remember (p); }			/* must-keep, two levels */
void push (struct stack *s, int *p) { s->items[s->n++] = p; } /* must-keep: *s */
void pop (struct stack *s) { s->items[--s->n] = 0; }	/* writes *s */
void maybe_keep (int *p, int c) { if (c) g_last = p; }	/* keeps on some paths */
static void *run (void *a) { return a; }

/* --- definite ---------------------------------------------------------- */

void
to_global (void)
{
  int a; /* { dg-warning "address of 'a' escapes: stored in global 'g_last'" } */
  g_last = &a;
  count ();		/* writes another global: undoes nothing */
}

void
to_global_then_known (void)
{
  int b; /* { dg-warning "address of 'b' escapes: stored in global 'g_last'" } */
  g_last = &b;
  count ();
  __builtin_printf ("%d\n", counter);
}

void
to_caller (int **out)
{
  int c; /* { dg-warning "address of 'c' escapes: stored in memory of the caller, through parameter 'out'" } */
  *out = &c;
}

struct node { int *p; int n; };

struct node *
in_returned_block (void)
{
  int d; /* { dg-warning "address of 'd' escapes" } */
  struct node *h = malloc (sizeof *h);
  if (!h)
    abort ();
  h->p = &d;
  h->n = 1;
  return h;
}

void
detached_thread (void)
{
  int e; /* { dg-warning "address of 'e' escapes: passed to another thread by 'pthread_create'" } */
  pthread_t t;
  if (pthread_create (&t, 0, run, &e) == 0)
    pthread_detach (t);
}

void
kept_by_callee (void)
{
  int f; /* { dg-warning "address of 'f' escapes: passed to 'remember'" } */
  remember (&f);
}

void
kept_two_levels (void)
{
  int h; /* { dg-warning "address of 'h' escapes: passed to 'keep2'" } */
  keep2 (&h);
}

void
pushed (struct stack *s)
{
  int i; /* { dg-warning "address of 'i' escapes" } */
  push (s, &i);
}

/* memcpy returns its first argument (GCC's Wreturn-local-addr-6.c).  */
void *
returned_by_memcpy (const void *s)
{
  char a[8]; /* { dg-warning "address of 'a' escapes: returned" } */
  void *p = __builtin_memcpy (a, s, sizeof a);
  return p;
}

/* The callee stores through its first parameter, here a global's
   address (GCC's Wdangling-pointer-6.c).  */
static void store_through (int **p, int *q) { *p = q; }

void
kept_through_global_address (void)
{
  int r; /* { dg-warning "address of 'r' escapes" } */
  store_through (&g_other, &r);
}

/* --- possible ------------------------------------------------------------ */

void
then_unknown (void)
{
  int j; /* { dg-possible "address of 'j' may outlive 'then_unknown': stored in global 'g_last'" } */
  g_last = &j;
  log_it ("x"); /* { dg-possible-note "still stored when 'log_it' is called" } */
}

void
then_forgotten (void)
{
  int k; /* { dg-possible "address of 'k' may outlive 'then_forgotten'" } */
  remember (&k);
  forget (); /* { dg-possible-note "may be undone by 'forget'" } */
}

void
pushed_and_popped (struct stack *s)
{
  int l; /* { dg-possible "address of 'l' may outlive 'pushed_and_popped'" } */
  push (s, &l);
  pop (s); /* { dg-possible-note "may be undone by 'pop'" } */
}

void
joined_on_success (void)
{
  int m; /* { dg-possible "address of 'm' may outlive 'joined_on_success': passed to another thread" } */
  pthread_t t;
  if (pthread_create (&t, 0, run, &m) != 0)
    return;
  pthread_join (t, 0); /* { dg-possible-note "joined only on some paths" } */
}

void
kept_on_some_paths (int c)
{
  int n; /* { dg-possible "address of 'n' may outlive 'kept_on_some_paths': passed to 'maybe_keep'" } */
  maybe_keep (&n, c); /* { dg-possible-note "kept by 'maybe_keep' only on some paths" } */
}

/* A callee that clears the global through its address.  */
static void clear_through (int **pp) { *pp = 0; }

void
cleared_through_address (void)
{
  int s; /* { dg-possible "address of 's' may outlive 'cleared_through_address'" } */
  g_last = &s;
  clear_through (&g_last); /* { dg-possible-note "may be undone by 'clear_through'" } */
}

/* The starter's result tested as a bool: which edge means "no thread"
   is not known, so the failure path is no proof.  */
int
status_as_bool (void)
{
  int t_ok; /* { dg-possible "address of 't_ok' may outlive 'status_as_bool'" } */
  pthread_t t;
  _Bool ok = pthread_create (&t, 0, run, &t_ok) == 0;
  if (!ok)
    return -1;
  pthread_join (t, 0);
  return 0;
}

/* A detached thread that the function waits for (a handshake through a
   function nothing is known of).  */
void wait_for_worker (void);

void
detached_with_handshake (void)
{
  int u; /* { dg-possible "address of 'u' may outlive 'detached_with_handshake'" } */
  pthread_t t;
  if (pthread_create (&t, 0, run, &u) != 0)
    return;
  pthread_detach (t);
  wait_for_worker (); /* { dg-possible-note "may be joined by 'wait_for_worker'" } */
}

/* GCC's c-c++-common/Wdangling-pointer-5.c: what may overwrite the
   store (another parameter's memory, memory an unknown call returns)
   leaves it possible.  */
void
store_arg_store (void **vpp)
{
  int o; /* { dg-possible "address of 'o' may outlive" } */
  void **p = (void **) sink (0);
  *vpp = &o;
  *p = 0; /* { dg-possible-note "may be undone by a store" } */
}

void *
store_arg_store_arg (void **vpp1, void **vpp2)
{
  int q; /* { dg-possible "address of 'q' may outlive" } */
  void **p = (void **) sink (0);
  *vpp1 = &q;
  *vpp2 = 0; /* { dg-possible-note "may be undone by a store" } */
  return p;
}

/* { dg-prune-output "flow:" } */
/* { dg-prune-output "Wreturn-local-addr" } */
/* { dg-prune-output "declared here" } */
