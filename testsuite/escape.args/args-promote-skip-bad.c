/* Bad plugin argument: a site without a line number.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-promote-skip=a.c:12,b.c" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-promote-skip=a.c:12,b.c': 'promote-skip' takes a list of allocation sites FILE:LINE separated by commas" "" { target *-*-* } 0 } */
int x;
