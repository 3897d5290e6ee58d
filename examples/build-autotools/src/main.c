/* main.c - count the lines of standard input by their first word.  */
#include "config.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tally.h"

static int
count_lines (void)
{
  int lines = 0;
  char buf[256];
  while (fgets (buf, sizeof buf, stdin))
    lines++;
  tally_watch (&lines);		/* tally.c keeps it: a hazard */
  return lines;
}

int
main (void)
{
  struct tally t = { "words", 0 };
  char *w = words_first ("hello world");
  tally_add (&t, (int) strlen (w));
  free (w);
  printf ("%s %d %d\n", t.name, t.count, count_lines ());
  return 0;
}
