/* Bad plugin argument: -fplugin-arg-escape-disable=yes */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-disable=yes" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-disable=yes': 'disable' takes no value" "" { target *-*-* } 0 } */
int x;
