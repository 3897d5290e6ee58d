/* Bad plugin argument: an allocator without its deallocator.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-allocator=zmalloc:zfree,zstrdup" } */
/* { dg-error "malformed plugin argument '-fplugin-arg-escape-allocator=zmalloc:zfree,zstrdup': 'allocator' takes allocator pairs ALLOC./SIZE.:FREE./PTR." "" { target *-*-* } 0 } */
int x;
