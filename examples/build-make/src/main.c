/* main.c - the inventory program.  */
#include <stdio.h>
#include <stdlib.h>
#include "inv.h"

int main (int argc, char **argv)
{
  static const char *lines[] = { "apples 3", "pears 5", "", "plums x" };
  struct item *head;
  char *text;
  config_set_name (argc > 1 ? argv[1] : NULL);
  head = parse_all (lines, 4);
  text = report_render (head);
  if (text)
    fputs (text, stdout);
  printf ("bucket of apples: %d, total %d, %d messages\n",
          hash_bucket ("apples", 8), list_total (head), log_count ());
  free (text);
  list_free (head);
  pool_release ();
  return 0;
}
