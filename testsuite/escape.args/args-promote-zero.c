/* Bad plugin argument: -fplugin-arg-escape-promote=0 */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote=0" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-promote=0': 'promote' takes" "" { target *-*-* } 0 } */
int x;
