/* The parameter form of noescape on prototypes (in a header), on
   function pointer types, and merged over redeclarations: honoured at
   calls as the function form noescape (N) is.  An argument for a
   parameter without it still escapes.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-verbose=1" } */
/* { dg-prune-output "param" } */
/* { dg-prune-output "note: \[a-z_\]+ does not escape" } */

#include <stdlib.h>
#include "noescape-prototypes.h"

/* Redeclared: b is noescape too now; c is in neither declaration.  */
extern void pair (char *a, char *b __attribute__ ((noescape)), char *c);

int
copies (void)
{
  char *p = malloc (16); /* { dg-note "malloc\\(...\\) does not escape" } */
  /* { dg-note "malloc\\(...\\) promoted to stack \\(16 bytes\\)" "" { target *-*-* } .-1 } */
  copy_in ("x", p, 2);
  int r = p[0];
  free (p);
  return r;
}

/* Negative: src has no attribute, so what is passed there escapes.  */
int
source_escapes (void)
{
  char src[8] = "abc"; /* { dg-note "address of 'src' escapes: passed to 'copy_in'" } */
  char dst[8]; /* { dg-note "'dst' does not escape" } */
  char *h = malloc (16); /* { dg-note "malloc\\(...\\) escapes to heap: passed to 'copy_in'" } */
  /* { dg-note "malloc\\(...\\) not promoted: escapes" "" { target *-*-* } .-1 } */
  copy_in (src, dst, 4);
  copy_in (h, dst, 4);
  free (h);
  return dst[0];
}

int
redeclared (void)
{
  char a[8]; /* { dg-note "'a' does not escape" } */
  char b[8]; /* { dg-note "'b' does not escape" } */
  char c[8]; /* { dg-note "address of 'c' escapes: passed to 'pair'" } */
  pair (a, b, c);
  return a[0] + b[0] + c[0];
}

int
through_pointer (void)
{
  char item[8]; /* { dg-note "'item' does not escape" } */
  on_item (item);
  return item[0];
}

int
through_typedef (visit_fn *visit)
{
  char item[8]; /* { dg-note "'item' does not escape" } */
  char keep[8]; /* { dg-note "address of 'keep' escapes: passed to an indirect call" } */
  visit (item, keep);
  return item[0] + keep[0];
}

int
through_table (const struct ops *o)
{
  char *buf = malloc (16); /* { dg-note "malloc\\(...\\) does not escape" } */
  /* { dg-note "malloc\\(...\\) promoted to stack \\(16 bytes\\)" "" { target *-*-* } .-1 } */
  buf[0] = 0;
  int r = o->peek (buf, 16);
  free (buf);
  return r;
}

/* A plain function pointer still keeps what it is given.  */
int
plain_pointer (void (*f) (char *))
{
  char item[8]; /* { dg-note "address of 'item' escapes: passed to an indirect call" } */
  f (item);
  return item[0];
}
