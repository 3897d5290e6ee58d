/* Bad plugin argument: line numbers start at 1.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-promote-only=a.c:0" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-promote-only=a.c:0'" "" { target *-*-* } 0 } */
int x;
