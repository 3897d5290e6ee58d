/* Bad plugin argument: -fplugin-arg-escape-report */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-report': 'report' takes a file name" "" { target *-*-* } 0 } */
int x;
