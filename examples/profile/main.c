/* examples/profile - a small program for `make profile-demo`: heap
   sites hit many times, directly and through a wrapper, joined with the
   plugin's decisions by `escape-report hot` (docs/reports.md).  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* A scratch buffer per line, of the line's size: promoted with a
   fallback (most lines fit in the buffer).  */
static size_t
count_vowels (const char *line)
{
  size_t n = strlen (line);
  char *copy = malloc (n + 1);
  if (!copy)
    return 0;
  memcpy (copy, line, n + 1);
  size_t v = 0;
  for (char *c = copy; *c; c++)
    v += strchr ("aeiou", *c) != NULL;
  free (copy);
  return v;
}

/* Through the project's wrapper: the site is in util.c.  */
static size_t
count_words (const char *line)
{
  char *copy = xstrdup (line);
  size_t w = 0;
  for (char *c = copy; *c; c++)
    w += *c == ' ';
  xfree (copy);
  return w + 1;
}

static char *longest;

int
main (void)
{
  static const char *const lines[] = {
    "the quick brown fox", "jumps over", "the lazy dog",
    "a line long enough to go past the stack buffer that promotion gives"
    " a temporary of variable size: two hundred and fifty-six bytes by"
    " default, so this line, with some more words to make it so, and a"
    " few more still, a few more, goes to the heap each time it is read",
  };
  size_t vowels = 0, words = 0;
  for (int i = 0; i < 20000; i++)
    {
      const char *l = lines[i % 4];
      vowels += count_vowels (l);
      words += count_words (l);
      if (!longest || strlen (l) > strlen (longest))
	longest = xstrdup (l);	/* kept: escapes */
    }
  printf ("%zu vowels, %zu words\n", vowels, words);
  return 0;
}
