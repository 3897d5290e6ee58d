/* promote-skip means nothing without promote: an error, not silence.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote-skip=a.c:12" } */
/* { dg-error "plugin argument '-fplugin-arg-escape-promote-skip' needs promotion on; add '-fplugin-arg-escape-promote'" "" { target *-*-* } 0 } */
int x;
