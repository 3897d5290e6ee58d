/* words.c - the first word of a line, in a fresh string.  */
#include "config.h"
#include <stdlib.h>
#include <string.h>
#include "tally.h"

char *
words_first (const char *line)
{
  size_t n = strcspn (line, " \t\n");
  char *word = malloc (n + 1);
  if (!word)
    return 0;
  memcpy (word, line, n);
  word[n] = 0;
  return word;
}
