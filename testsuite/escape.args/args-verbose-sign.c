/* Bad plugin argument: -fplugin-arg-escape-verbose=-1 */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=-1" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-verbose=-1': 'verbose' takes" "" { target *-*-* } 0 } */
int x;
