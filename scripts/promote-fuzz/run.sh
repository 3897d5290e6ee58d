#!/bin/sh
# scripts/promote-fuzz/run.sh PLUGIN FIRST LAST OUTDIR - ad hoc differential
# testing of variable-size promotion (docs/VALIDATION.md, 2026-11-29):
# generate seeds FIRST..LAST with gen.py, compare
# plain gcc with gcc + promote (-fchecking) at -O0 and -O2.  A program
# whose plain -O0 and -O2 builds disagree is skipped (undefined behaviour
# in the generated program).
P=$1; first=$2; last=$3; out=$4
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"; cd "$out" || exit 1
pass=0; fail=0; skip=0; sites=0; fb=0
s=$first
while [ "$s" -le "$last" ]; do
  python3 "$here/gen.py" "$s" > prog.c
  gcc -O0 -w prog.c -o plain0 && gcc -O2 -w prog.c -o plain2 || { echo "SKIP $s (plain build)"; skip=$((skip+1)); s=$((s+1)); continue; }
  exp=$(timeout 10 ./plain0 2>&1; echo "exit $?")
  exp2=$(timeout 10 ./plain2 2>&1; echo "exit $?")
  if [ "$exp" != "$exp2" ]; then echo "SKIP $s (plain -O0 and -O2 differ)"; skip=$((skip+1)); s=$((s+1)); continue; fi
  for O in -O0 -O2; do
    rm -f rep.jsonl
    if ! gcc $O -w -fchecking -fplugin=$P -fplugin-arg-escape-promote -fplugin-arg-escape-report=rep.jsonl prog.c -o plug > cc.log 2>&1; then
      echo "CRASH $s $O"; cp prog.c crash-$s$O.c; cp cc.log crash-$s$O.log; fail=$((fail+1)); continue
    fi
    got=$(timeout 10 ./plug 2>&1; echo "exit $?")
    sites=$((sites + $(grep -c '"promoted":true' rep.jsonl)))
    fb=$((fb + $(grep -c '"fallback":true' rep.jsonl)))
    if [ "$got" != "$exp" ]; then
      echo "WRONG $s $O: plain [$exp] plug [$got]"; cp prog.c wrong-$s$O.c; fail=$((fail+1))
    else
      pass=$((pass+1))
    fi
  done
  s=$((s+1))
done
echo "fuzz seeds $first..$last: $pass passed, $fail failed, $skip programs skipped; promoted sites $sites (fallback $fb)"
