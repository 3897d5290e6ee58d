/* Bad plugin argument: names must be C identifiers.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-allocator=z-malloc:zfree" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-allocator=z-malloc:zfree'" "" { target *-*-* } 0 } */
int x;
