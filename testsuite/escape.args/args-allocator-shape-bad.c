/* A malformed allocator= shape is one clear option error.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-allocator=xa/n:free" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-allocator=xa/n:free': 'allocator' takes allocator pairs ALLOC./SIZE.:FREE./PTR." "" { target *-*-* } 0 } */
int x;
