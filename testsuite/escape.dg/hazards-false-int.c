/* hazards-false-int.c - integers read through pointers are not addresses.

   Only a pointer (or an aggregate holding one) can carry an address out
   of a function; an address turned into an integer is covered by the
   "converted to an integer" rule.  So returning an 'int' field read
   through a chain of local pointers must not make the locals escape,
   and certainly must not be a hazard warning.

   Regression test: the field-insensitive analysis once treated the int
   'n1.next->next->val' as if it could hold the addresses stored in
   'n1'/'n2', and reported "address of 'n2' escapes: returned" (a false
   warning with flow notes); likewise for a list of local nodes summed in
   a loop.  Fixed in a18590e ("narrow integers carry no pointers").  The
   dg-bogus lines check that neither the warning nor its flow appears.  */
/* { dg-do compile } */

struct node { int val; struct node *next; };

int
cycle_value (void)
{
  struct node n1; /* { dg-bogus "warning: address of 'n1'" "int value is not an address" { target *-*-* } } */
  struct node n2; /* { dg-bogus "warning: address of 'n2'" "int value is not an address" { target *-*-* } } */
  n1.val = 1;
  n2.val = 2;
  n1.next = &n2; /* { dg-bogus "flow:" "flow of the false warning" { target *-*-* } } */
  n2.next = &n1; /* { dg-bogus "flow:" "flow of the false warning" { target *-*-* } } */
  return n1.next->next->val; /* { dg-bogus "flow:" "flow of the false warning" { target *-*-* } } */
}

int
sum_local_list (int n)
{
  struct node nodes[8]; /* { dg-bogus "warning: address of 'nodes'" "int value is not an address" { target *-*-* } } */
  /* { dg-bogus "flow:" "flow of the false warning" { target *-*-* } 34 } */
  struct node *head = 0;
  for (int i = 0; i < n && i < 8; i++)
    {
      nodes[i].val = i;
      nodes[i].next = head; /* { dg-bogus "flow:" "flow of the false warning" { target *-*-* } } */
      head = &nodes[i]; /* { dg-bogus "flow:" "flow of the false warning" { target *-*-* } } */
    }
  int sum = 0;
  for (struct node *p = head; p; p = p->next)
    sum += p->val; /* { dg-bogus "flow:" "flow of the false warning" { target *-*-* } } */
  return sum; /* { dg-bogus "flow:" "flow of the false warning" { target *-*-* } } */
}

/* Control: the same walk returning a count is clean already.  */
int
count_local_list (int n)
{
  struct node nodes[8]; /* { dg-bogus "warning: address of 'nodes'" } */
  struct node *head = 0;
  for (int i = 0; i < n && i < 8; i++)
    {
      nodes[i].next = head;
      head = &nodes[i];
    }
  int count = 0;
  for (struct node *p = head; p; p = p->next)
    count++;
  return count;
}
