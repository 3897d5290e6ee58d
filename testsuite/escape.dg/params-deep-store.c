/* A parameter's level stands for every object that deep: a callee that
   stores what lies three levels down into what lies two levels down
   (`p->a->x = p->b->y`) may store one of the caller's objects into
   another that is global.  That is a store into the caller's memory
   ("leaking param content"), not the parameter's own shape, so the
   caller's local stored that way escapes, and a heap object is not
   promoted.  (Before, such a store was taken for the shape and the
   local said not to escape: unsound.)  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1 -fplugin-arg-escape-promote" } */

#include <stdlib.h>

struct inner { int *y; int *x; };
struct outer { struct inner *a; struct inner *b; };
extern struct inner g_inner;

static void
relink (struct outer *p) /* { dg-note "leaking param content: p" } */
{
  p->a->x = p->b->y;
}

int
use (void)
{
  int l2 = 0; /* { dg-possible "address of 'l2' may outlive \\S+: passed to 'relink'" } */
  struct inner l1 = { &l2, 0 }; /* { dg-note "'l1' does not escape" } */
  struct outer s = { &g_inner, &l1 }; /* { dg-note "'s' does not escape" } */
  relink (&s);
  return l2;
}

int
heap_case (void)
{
  int *h = malloc (4); /* { dg-note "malloc\\(\\.\\.\\.\\) escapes to heap: passed to 'relink'" } */
  /* { dg-note "not promoted: escapes" "" { target *-*-* } .-1 } */
  struct inner l1 = { h, 0 }; /* { dg-note "'l1' does not escape" } */
  struct outer s = { &g_inner, &l1 }; /* { dg-note "'s' does not escape" } */
  relink (&s);
  free (h);
  return 0;
}

/* Only reading the deeper levels keeps to the parameter's shape:
   nothing of the caller's moves.  */
static int
peek (struct outer *p) /* { dg-note "p does not escape" } */
{
  return *p->b->y;
}

int
use_peek (void)
{
  int v = 1; /* { dg-note "'v' does not escape" } */
  struct inner l1 = { &v, 0 }; /* { dg-note "'l1' does not escape" } */
  struct outer s = { &g_inner, &l1 }; /* { dg-note "'s' does not escape" } */
  return peek (&s);
}

/* { dg-prune-output "flow:" } */
