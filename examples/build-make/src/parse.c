/* parse.c - "name count" lines into items.  */
#include <stdio.h>
#include <stdlib.h>
#include "inv.h"

int parse_line (const char *line, char *name, size_t size, int *count)
{
  char fmt[32];
  if (inv_is_blank (line))
    return 0;
  snprintf (fmt, sizeof fmt, "%%%zus %%d", size - 1);
  return sscanf (line, fmt, name, count) == 2;
}

struct item *parse_all (const char **lines, int n)
{
  struct item *head = NULL;
  for (int i = 0; i < n; i++)
    {
      char name[64];
      int count;
      if (parse_line (lines[i], name, sizeof name, &count))
        head = list_push (head, pool_strdup (name), count);
      else
        log_msg ("skipping line '%s'", lines[i]);
    }
  return head;
}
