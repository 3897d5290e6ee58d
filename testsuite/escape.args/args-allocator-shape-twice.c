/* One allocator given two different shapes is an option error.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-allocator=xa/0:free,xa/1:free" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-allocator=xa/0:free,xa/1:free': 'allocator' gives 'xa' two different shapes" "" { target *-*-* } 0 } */
int x;
