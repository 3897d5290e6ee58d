/* Bad plugin argument: promote-budget=lots.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-promote-budget=lots" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-promote-budget=lots': 'promote-budget' takes a number of bytes from 0 to 1048576" "" { target *-*-* } 0 } */
int x;
