/* hazards-false-int.c - integers read through pointers are not addresses.

   Only a pointer (or an aggregate holding one) can carry an address out
   of a function; an address turned into an integer is covered by the
   "converted to an integer" rule.  So returning an 'int' field read
   through a chain of local pointers, or storing such an int in the
   caller's memory, must not make the locals escape, and certainly must
   not be a hazard warning.

   BUG (xfails): the analysis is field-insensitive and ignores the type of
   the value: 'n1.next->next->val' is an int, but it is treated as if it
   could hold the addresses stored in 'n1'/'n2', so 'return <int>' is
   reported as "address of 'n2' escapes: returned" (a false warning, with
   its flow notes), and the same for a list of local nodes summed in a
   loop.  The dg-bogus lines below consume those false diagnostics; they
   turn into XPASSes once the plugin is fixed.  */
/* { dg-do compile } */

struct node { int val; struct node *next; };

int
cycle_value (void)
{
  struct node n1; /* { dg-bogus "warning: address of 'n1'" "int value is not an address" { xfail *-*-* } } */
  struct node n2; /* { dg-bogus "warning: address of 'n2'" "int value is not an address" { xfail *-*-* } } */
  n1.val = 1;
  n2.val = 2;
  n1.next = &n2; /* { dg-bogus "flow:" "flow of the false warning" { xfail *-*-* } } */
  n2.next = &n1; /* { dg-bogus "flow:" "flow of the false warning" { xfail *-*-* } } */
  return n1.next->next->val; /* { dg-bogus "flow:" "flow of the false warning" { xfail *-*-* } } */
}

int
sum_local_list (int n)
{
  struct node nodes[8]; /* { dg-bogus "warning: address of 'nodes'" "int value is not an address" { xfail *-*-* } } */
  /* { dg-bogus "flow:" "flow of the false warning" { xfail *-*-* } 36 } */
  struct node *head = 0;
  for (int i = 0; i < n && i < 8; i++)
    {
      nodes[i].val = i;
      nodes[i].next = head; /* { dg-bogus "flow:" "flow of the false warning" { xfail *-*-* } } */
      head = &nodes[i]; /* { dg-bogus "flow:" "flow of the false warning" { xfail *-*-* } } */
    }
  int sum = 0;
  for (struct node *p = head; p; p = p->next)
    sum += p->val; /* { dg-bogus "flow:" "flow of the false warning" { xfail *-*-* } } */
  return sum; /* { dg-bogus "flow:" "flow of the false warning" { xfail *-*-* } } */
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
