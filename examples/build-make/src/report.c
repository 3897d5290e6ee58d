/* report.c - rendering the inventory as text.  */
#include <stdio.h>
#include "inv.h"

char *report_render (const struct item *head)
{
  struct strbuf sb;
  char line[96];
  sb_init (&sb);
  for (; head; head = head->next)
    {
      snprintf (line, sizeof line, "%-20s %5d\n", head->name, head->count);
      sb_add (&sb, line);
    }
  snprintf (line, sizeof line, "%-20s %5d\n", "total", 0);
  sb_add (&sb, line);
  return sb_take (&sb);
}
