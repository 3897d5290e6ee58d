/* Bad plugin argument: -fplugin-arg-escape-check-internal=1 (the
   test-only key takes no value either).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-check-internal=1" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-check-internal=1': 'check-internal' takes no value" "" { target *-*-* } 0 } */
int x;
