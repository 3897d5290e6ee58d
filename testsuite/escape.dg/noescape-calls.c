/* The noescape attribute at calls: an argument passed to a noescape
   parameter of a function defined elsewhere is not kept, so locals stay
   and heap objects can be promoted; what it points to may still escape.
   Both spellings; __has_attribute sees it while the plugin is loaded.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1" } */
/* { dg-prune-output "param" } */
/* { dg-prune-output "note: p does not escape" } */
/* { dg-prune-output "malloc\\(...\\) does not escape" } */

#include <stdlib.h>
#include <string.h>

#if !__has_attribute (noescape)
#error "__has_attribute (noescape) is false with the plugin loaded"
#endif

extern void look (const char *p, char *q) __attribute__ ((noescape (1)));
extern void look_all (const char *p, char *q) __attribute__ ((noescape));
extern void keep (const char *p);

int
reads (int n)
{
  char buf[16]; /* { dg-note "'buf' does not escape" } */
  char *h = malloc (n); /* { dg-note "malloc\\(...\\) promoted to stack" } */
  memset (h, 0, n);
  look (buf, 0);
  look (h, 0);
  int r = h[0] + buf[0];
  free (h);
  return r;
}

int
second_not_covered (void)
{
  char a[16]; /* { dg-note "'a' does not escape" } */
  char b[16]; /* { dg-note "address of 'b' escapes: passed to 'look'" } */
  look (a, b);
  return a[0] + b[0];
}

int
all_pointers (void)
{
  char a[16]; /* { dg-note "'a' does not escape" } */
  char b[16]; /* { dg-note "'b' does not escape" } */
  look_all (a, b);
  return a[0] + b[0];
}

/* The content of a noescape argument may escape: x's address is stored
   in s, which the callee may read and keep.  */
struct holder { int *p; };
extern void inspect (struct holder *h) __attribute__ ((noescape (1)));

int
content (void)
{
  int x = 1; /* { dg-note "address of 'x' escapes: passed to 'inspect'" } */
  struct holder s = { &x }; /* { dg-note "'s' does not escape" } */
  inspect (&s);
  return x;
}

/* Clang's spelling on a parameter of a function defined in this unit.  */
static void
clear (char *p __attribute__ ((noescape)), int n)
{
  memset (p, 0, n);
}

int
uses_clear (void)
{
  char a[8]; /* { dg-note "'a' does not escape" } */
  clear (a, sizeof a);
  keep ("literal");
  return a[0];
}
