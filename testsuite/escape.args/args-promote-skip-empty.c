/* Bad plugin argument: promote-skip with no sites (promote-only may be
   empty: it then promotes nothing).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-promote-skip=" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-promote-skip='" "" { target *-*-* } 0 } */
int x;
