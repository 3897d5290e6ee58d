/* Bad plugin argument: -fplugin-arg-escape-promote=1000000 */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote=1000000" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-promote=1000000': 'promote' takes" "" { target *-*-* } 0 } */
int x;
