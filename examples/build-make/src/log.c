/* log.c - counted messages on stderr.  */
#include <stdio.h>
#include "inv.h"

static int messages;

void log_msg (const char *fmt, const char *arg)
{
  char line[128];
  snprintf (line, sizeof line, "%s: ", config_name ());
  fputs (line, stderr);
  fprintf (stderr, fmt, inv_or (arg, "?"));
  fputc ('\n', stderr);
  messages++;
}

int log_count (void)
{
  return messages;
}
