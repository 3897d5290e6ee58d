/* suggest: externally visible functions get a note naming the pointer
   parameters they never keep, which could be declared noescape, in the
   form of GCC's -Wsuggest-attribute.  Static functions, parameters that
   are kept and parameters already declared noescape are left out.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-suggest" } */

char *kept;

int
reads (const char *a, char *b, int n) /* { dg-note "function 'reads' might be a candidate for attribute 'noescape \\(1\\)'" } */
{
  kept = b;
  return a[n];
}

void
copies (char *dst, const char *src, int n) /* { dg-note "function 'copies' might be a candidate for attribute 'noescape \\(1, 2\\)'" } */
{
  for (int i = 0; i < n; i++)
    dst[i] = src[i];
}

char *
returns (char *p) /* { dg-bogus "candidate" } */
{
  return p;
}

static int
hidden (const char *a) /* { dg-bogus "candidate" } */
{
  return a[0];
}

int
declared (const char *a __attribute__ ((noescape)), const char *b) /* { dg-note "function 'declared' might be a candidate for attribute 'noescape \\(2\\)'" } */
{
  return a[0] + b[0] + hidden (a);
}
