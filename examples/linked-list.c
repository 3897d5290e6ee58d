/* linked-list.c - heap nodes that escape, and a local array that does not.

   push allocates each node with malloc and returns it, so every node
   escapes through the result, and build_list hands the nodes on to its own
   caller.  median sorts a local copy with qsort: qsort neither keeps nor
   returns the array, so the copy does not escape.  */

#include <stdlib.h>

struct node
{
  int value;
  struct node *next;
};

/* Push VALUE on the front of LIST.  The new node escapes: it is returned.
   LIST is stored in the new node, so it escapes along with it.  */
struct node *push (struct node *list, int value)
{
  struct node *n = malloc (sizeof *n);
  if (!n)
    abort ();
  n->value = value;
  n->next = list;
  return n;
}

/* Build a list of the COUNT values in V, in order.  V does not escape:
   it is only read.  */
struct node *build_list (const int *v, int count)
{
  struct node *head = NULL;
  for (int i = count - 1; i >= 0; i--)
    head = push (head, v[i]);
  return head;
}

/* Sum the list.  LIST does not escape: it is only walked.  */
long list_sum (const struct node *list)
{
  long s = 0;
  for (; list; list = list->next)
    s += list->value;
  return s;
}

/* Free every node.  LIST does not escape, but it is freed, and the
   summary of free_list says so ("freed").  */
void free_list (struct node *list)
{
  while (list)
    {
      struct node *next = list->next;
      free (list);
      list = next;
    }
}

/* The comparator's parameters do not escape: they are only read.  */
static int compare_ints (const void *a, const void *b)
{
  int x = *(const int *) a, y = *(const int *) b;
  return (x > y) - (x < y);
}

/* The median of the list's values, or 0 for an empty list.  The local
   array is handed to qsort, which does not keep it, so it does not escape
   (lists longer than 64 values are cut short).  */
int median (const struct node *list)
{
  int copy[64];
  int n = 0;
  for (; list && n < 64; list = list->next)
    copy[n++] = list->value;
  if (n == 0)
    return 0;
  qsort (copy, (size_t) n, sizeof copy[0], compare_ints);
  return copy[n / 2];
}
