/* Bad plugin argument: -fplugin-arg-escape-verbose=3 */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=3" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-verbose=3': 'verbose' takes" "" { target *-*-* } 0 } */
int x;
