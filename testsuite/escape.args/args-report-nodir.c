/* Bad plugin argument: -fplugin-arg-escape-report=/nonexistent-escape-dir/r.jsonl */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report=/nonexistent-escape-dir/r.jsonl" } */
/* { dg-error "cannot write the escape report '/nonexistent-escape-dir/r.jsonl' named by '-fplugin-arg-escape-report=/nonexistent-escape-dir/r.jsonl': its directory does not exist; name a file in an existing, writable directory" "" { target *-*-* } 0 } */
int x;
