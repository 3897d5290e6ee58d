/* Each bad argument is reported, not only the first.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=9 -fplugin-arg-escape-colour=1" } */
/* { dg-error "'-fplugin-arg-escape-verbose=9'" "" { target *-*-* } 0 } */
/* { dg-error "'-fplugin-arg-escape-colour=1'" "" { target *-*-* } 0 } */
int x;
