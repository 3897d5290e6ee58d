/* strings.c - string building with temporary buffers.

   Formatting into a local buffer and copying the result out with strdup
   is the usual C idiom: the local buffer never escapes (snprintf and
   strdup only read or write it during the call), while the strdup copy
   escapes through the result.  A heap scratch buffer that is freed before
   returning does not escape either.  */

#define _POSIX_C_SOURCE 200809L	/* for strdup */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "name#id" as a new heap string.  TMP does not escape; the strdup copy
   does (returned).  NAME does not escape: snprintf only reads it.  */
char *make_label (const char *name, int id)
{
  char tmp[64];
  snprintf (tmp, sizeof tmp, "%s#%d", name, id);
  return strdup (tmp);
}

/* Write WORD upper-cased and bracketed to OUT.  The heap scratch buffer
   is freed before returning, so it does not escape.  */
int print_shouting (FILE *out, const char *word)
{
  size_t len = strlen (word);
  char *scratch = malloc (len + 1);
  if (!scratch)
    return -1;
  for (size_t i = 0; i < len; i++)
    {
      char c = word[i];
      scratch[i] = (c >= 'a' && c <= 'z') ? (char) (c - 'a' + 'A') : c;
    }
  scratch[len] = '\0';
  int r = fprintf (out, "[%s]\n", scratch);
  free (scratch);
  return r;
}

/* Join A and B with SEP into a new heap string.  The joined string escapes
   (returned); A, B and SEP do not.  */
char *join (const char *a, const char *sep, const char *b)
{
  size_t n = strlen (a) + strlen (sep) + strlen (b) + 1;
  char *s = malloc (n);
  if (s)
    snprintf (s, n, "%s%s%s", a, sep, b);
  return s;
}

/* The length of the longer of two labels.  The labels come back from
   make_label and are freed here; nothing else keeps them.  */
size_t longest_label (const char *name, int first, int second)
{
  char *x = make_label (name, first);
  char *y = make_label (name, second);
  size_t lx = x ? strlen (x) : 0, ly = y ? strlen (y) : 0;
  free (x);
  free (y);
  return lx > ly ? lx : ly;
}
