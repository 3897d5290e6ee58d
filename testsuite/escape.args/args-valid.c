/* Every documented argument form is accepted.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-verbose=0 -fplugin-arg-escape-verbose=2 -fplugin-arg-escape-promote -fplugin-arg-escape-promote=128 -fplugin-arg-escape-report=args-valid.jsonl" } */
int x;
