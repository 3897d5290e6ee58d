/* Bad plugin argument: -fplugin-arg-escape-promote=big */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote=big" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-promote=big': 'promote' takes an optional size limit in bytes from 1 to 65536" "" { target *-*-* } 0 } */
int x;
