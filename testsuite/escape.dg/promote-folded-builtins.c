/* Calls GCC folds keep the rules of their library function: printf
   ("%s\n", p) becomes __builtin_puts (p), fprintf (f, "%s", p) becomes
   __builtin_fputs, fprintf (f, "%c", c) becomes __builtin_fputc, and
   the buffers they print do not escape (at -O0 too, where GCC folds the
   same calls).  Spelled out by hand, the built-ins behave the same.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1" } */
/* { dg-prune-output "param" } */
/* { dg-prune-output "does not escape" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
shout (const char *s)
{
  char *p = strdup (s); /* { dg-note "strdup\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  printf ("%s\n", p);
  free (p);
}

void
to_file (FILE *f, size_t n)
{
  char *p = malloc (n + 1); /* { dg-note "malloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  memset (p, 'x', n);
  p[n] = 0;
  fprintf (f, "%s", p);
  fprintf (f, "%c", p[0]);
  free (p);
}

void
spelled (FILE *f, size_t n)
{
  char *p = calloc (n, 1); /* { dg-note "calloc\\(...\\) promoted to stack \\(256 bytes, heap above\\)" } */
  __builtin_puts (p);
  __builtin_fputs (p, f);
  __builtin_memcpy (p, "ab", 2 < n ? 2 : n);
  __builtin_fputc (p[0], f);
  free (p);
}
