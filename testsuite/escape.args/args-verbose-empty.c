/* Bad plugin argument: -fplugin-arg-escape-verbose= */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-verbose=': 'verbose' takes" "" { target *-*-* } 0 } */
int x;
