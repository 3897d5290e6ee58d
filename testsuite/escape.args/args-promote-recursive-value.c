/* Bad plugin argument: promote-recursive takes no value.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-promote-recursive=1" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-promote-recursive=1': 'promote-recursive' takes no value" "" { target *-*-* } 0 } */
int x;
