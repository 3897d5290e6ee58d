/* Variable-size promotion, torture style: strdup and strndup of empty,
   short, limit-sized (255 characters and the terminator: 256 bytes) and
   longer strings; the copies are edited and the originals must not
   change.  Passes without the plugin too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fchecking" } */

#include <stdlib.h>
#include <string.h>

static char text[2048];

static void
make_text (size_t n)
{
  for (size_t i = 0; i < n; i++)
    text[i] = (char) ('a' + i % 26);
  text[n] = 0;
}

/* Length of strdup (S) after upper-casing the copy, or -1.  */
__attribute__ ((noinline)) static long
dup_upper (const char *s)
{
  char *c = strdup (s);
  if (!c)
    return -1;
  if (strcmp (c, s) != 0)
    abort ();
  for (char *p = c; *p; p++)
    if (*p >= 'a' && *p <= 'z')
      *p -= 'a' - 'A';
  long n = (long) strlen (c);
  for (long i = 0; i < n; i++)
    if (c[i] == s[i] && s[i] >= 'a' && s[i] <= 'z')
      abort ();
  free (c);
  return n;
}

/* strndup (S, N): checks the copy; returns its length.  */
__attribute__ ((noinline)) static long
ndup (const char *s, size_t n)
{
  char *c = strndup (s, n);
  if (!c)
    return -1;
  size_t want = strnlen (s, n);
  if (strlen (c) != want || memcmp (c, s, want) != 0 || c[want] != 0)
    abort ();
  memset (c, 'z', want);
  free (c);
  return (long) want;
}

/* Two copies live at once, compared.  */
__attribute__ ((noinline)) static int
two_copies (const char *a, const char *b)
{
  char *x = strdup (a);
  char *y = strndup (b, 300);
  if (!x || !y)
    abort ();
  int r = strcmp (x, y);
  free (y);
  free (x);
  return r;
}

int
main (void)
{
  static const size_t lens[] = { 0, 1, 7, 100, 254, 255, 256, 257, 511, 1500 };
  for (unsigned i = 0; i < sizeof lens / sizeof lens[0]; i++)
    {
      make_text (lens[i]);
      if (dup_upper (text) != (long) lens[i])
	abort ();
      if (strlen (text) != lens[i] || (lens[i] && text[0] != 'a'))
	abort ();
      static const size_t caps[] = { 0, 1, 10, 255, 256, 257, 1000, (size_t) -1 };
      for (unsigned j = 0; j < sizeof caps / sizeof caps[0]; j++)
	{
	  size_t want = lens[i] < caps[j] ? lens[i] : caps[j];
	  if (ndup (text, caps[j]) != (long) want)
	    abort ();
	}
    }
  /* A string not terminated within N bytes: strndup reads only N.  */
  char raw[8] = { 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h' };
  if (ndup (raw, 8) != 8 || ndup (raw, 3) != 3)
    abort ();
  make_text (400);
  if (two_copies ("abc", "abd") >= 0 || two_copies (text, text) <= 0
      || two_copies ("same", "same") != 0)
    abort ();
  exit (0);
}
