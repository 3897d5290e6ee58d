/* Every documented argument form is accepted.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=0 -fplugin-arg-escape-verbose=2 -fplugin-arg-escape-promote -fplugin-arg-escape-promote=128 -fplugin-arg-escape-report=args-valid.jsonl -fplugin-arg-escape-promote-budget=0 -fplugin-arg-escape-promote-recursive -fplugin-arg-escape-promote-skip=src/a.c:12,b.c:40 -fplugin-arg-escape-promote-only= -fplugin-arg-escape-allocator=zmalloc:zfree,zcalloc:zfree -fplugin-arg-escape-suggest -fplugin-arg-escape-hazards=none -fplugin-arg-escape-hazards=possible -fplugin-arg-escape-hazards=definite" } */
int x;
