/* Bad plugin argument: -fplugin-arg-escape-report=/ */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report=/" } */
/* { dg-error "cannot write the escape report '/' named by '-fplugin-arg-escape-report=/': it is a directory" "" { target *-*-* } 0 } */
int x;
