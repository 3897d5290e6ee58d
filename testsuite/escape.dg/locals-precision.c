/* locals-precision.c - what is NOT an escape (verbose=1).

   Locals that only point to each other stay local.  Reading, writing
   and freeing through pointers are not escapes.  Storing addresses into
   local structs and arrays that do not escape keeps everything local.
   Every address-taken local here gets "'x' does not escape".  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=1" } */

#include <stdlib.h>

struct node { int val; struct node *next; };
struct pair { int *first; int *second; };

/* A cycle of locals.  */
int
cycle (void)
{
  struct node n1; /* { dg-note "'n1' does not escape" } */
  struct node n2; /* { dg-note "'n2' does not escape" } */
  n1.val = 1;
  n2.val = 2;
  n1.next = &n2;
  n2.next = &n1;
  /* (Returning 'n1.next->next->val' instead is a false hazard: see
     hazards-false-int.c.)  */
  return n1.next->next == &n1;
}

/* Reading and writing through pointers.  */
int
read_write (void)
{
  int a = 1; /* { dg-note "'a' does not escape" } */
  int b = 2; /* { dg-note "'b' does not escape" } */
  int *pa = &a;
  int *pb = &b;
  *pa += *pb;
  *pb = *pa * 2;
  return a + b;
}

/* Swapping through pointers to pointers.  */
int
swap_pointers (void)
{
  int a = 1; /* { dg-note "'a' does not escape" } */
  int b = 2; /* { dg-note "'b' does not escape" } */
  int *p = &a; /* { dg-note "'p' does not escape" } */
  int *q = &b; /* { dg-note "'q' does not escape" } */
  int **pp = &p;
  int **qq = &q;
  int *t = *pp;
  *pp = *qq;
  *qq = t;
  return *p - *q;
}

/* Addresses stored in a local struct and a local array.  */
int
local_holders (void)
{
  int x = 3; /* { dg-note "'x' does not escape" } */
  int y = 4; /* { dg-note "'y' does not escape" } */
  int z = 5; /* { dg-note "'z' does not escape" } */
  struct pair pr; /* { dg-note "'pr' does not escape" } */
  int *slots[2]; /* { dg-note "'slots' does not escape" } */
  struct pair *pp = &pr;
  pp->first = &x;
  pp->second = &y;
  slots[0] = &z;
  slots[1] = pp->first;
  int **sp = slots;
  return *pp->first + *pp->second + *sp[0] + *sp[1];
}

/* Freeing heap memory reached through a local is not an escape of the
   local.  */
void
free_through_local (void)
{
  struct pair holder; /* { dg-note "'holder' does not escape" } */
  struct pair *hp = &holder;
  hp->first = malloc (sizeof (int)); /* { dg-note "malloc\\(\\.\\.\\.\\) does not escape" } */
  hp->second = 0;
  free (hp->first);
}

/* A linked list of local nodes built and walked in loops.  */
int
local_list (int n)
{
  struct node nodes[8]; /* { dg-note "'nodes' does not escape" } */
  struct node *head = 0;
  for (int i = 0; i < n && i < 8; i++)
    {
      nodes[i].val = i;
      nodes[i].next = head;
      head = &nodes[i];
    }
  int count = 0;
  for (struct node *p = head; p; p = p->next)
    count++;
  return count;
}

/* The address is computed, compared and dropped.  */
int
pointer_compare (int c)
{
  int u; /* { dg-note "'u' does not escape" } */
  int v; /* { dg-note "'v' does not escape" } */
  int *p = c ? &u : &v;
  return p == &u;
}
