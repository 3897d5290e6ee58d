/* list.c - the item list.  */
#include <stdlib.h>
#include <string.h>
#include "inv.h"

struct item *list_push (struct item *head, char *name, int count)
{
  struct item *it = malloc (sizeof *it);
  if (!it)
    return head;
  it->name = name;
  it->count = count;
  it->next = head;
  return it;
}

struct item *list_find (struct item *head, const char *name)
{
  for (; head; head = head->next)
    if (strcmp (head->name, inv_or (name, "")) == 0)
      return head;
  return NULL;
}

void list_free (struct item *head)
{
  while (head)
    {
      struct item *next = head->next;
      free (head);
      head = next;
    }
}

int list_total (const struct item *head)
{
  int total = 0;
  for (; head; head = head->next)
    total += head->count;
  return total;
}
