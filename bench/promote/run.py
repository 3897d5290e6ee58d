#!/usr/bin/env python3
"""bench/promote/run.py - run-time effect of heap-to-stack promotion.

  bench/promote/run.py [--cc gcc] [--plugin PATH] [--n N] [--runs 5]
                       [--workload constant|variable|both]

Two workloads: workload.c (constant-size temporaries: all promoted to
stack arrays of their size) and workload-var.c (sizes known only at run
time: promoted to a buffer of the limit with the allocator kept above
it).  Each is built with CC -O2, with CC -O2 plus the plugin and
promotion (its report must show every allocation site promoted), with
clang -O2 when clang is installed, and, with CC -O2, from a hand-written
version with the temporaries on the stack (workload-stack.c,
workload-var-stack.c: what promotion could at best give).  The builds must print the
same checksum as CC -O2; they are then run alternately RUNS times, and
the median wall times and their ratios against CC -O2 (and the median
CPU times, steadier on a busy machine), all measured in this one run, are
printed.  --n sets the iterations of both workloads
(default: their own, below).
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "scripts"))
from escape_common import (find_plugin, interleaved, parse_args,  # noqa: E402
                           plugin_flags, report_counts, tool_parser)

TOOL = "bench/promote/run.py"

# name, source, hand-written stack version (or None), default iterations,
# heap sites the plugin must promote.
WORKLOADS = [
    ("constant", "workload.c", "workload-stack.c", 2000000, 3),
    ("variable", "workload-var.c", "workload-var-stack.c", 1000000, 4),
]
# The speed-up promotion must give the constant-size workload.
CONSTANT_GOAL = 1.7


def build(variants, tmp):
    for _, cmd, _ in variants:
        subprocess.run(cmd, check=True)


def promoted_sites(report):
    counts, not_promoted, bad = report_counts(report)
    if bad:
        sys.exit(f"{TOOL}: invalid lines in the report {report}")
    return counts["heap promoted"], not_promoted


def bench_one(args, plugin, tmp, workload):
    name, src, stack, default_n, want = workload
    src = os.path.join(HERE, src)
    n = args.n or default_n
    out = os.path.join(tmp, name)
    report = f"{out}.report.jsonl"
    variants = [("gcc -O2", [args.cc, "-O2", src, "-o", f"{out}-plain"], f"{out}-plain"),
                ("gcc -O2 + promote",
                 [args.cc, "-O2"] + plugin_flags(plugin, promote=True, report=report)
                 + [src, "-o", f"{out}-promoted"], f"{out}-promoted")]
    if shutil.which("clang"):
        variants.append(("clang -O2", ["clang", "-O2", src, "-o", f"{out}-clang"],
                         f"{out}-clang"))
    if stack:
        variants.append(("gcc -O2, by hand", [args.cc, "-O2", os.path.join(HERE, stack),
                                              "-o", f"{out}-stack"], f"{out}-stack"))
    build(variants, tmp)
    got, not_promoted = promoted_sites(report)
    if got != want:
        sys.exit(f"{TOOL}: {name}: {got} heap sites promoted, expected {want} "
                 f"(not promoted: {dict(not_promoted)})")
    runs = interleaved({v: [exe, str(n)] for v, _, exe in variants}, args.runs, TOOL)
    times = {v: [m.wall for m in ms] for v, ms in runs.items()}
    cpu = {v: statistics.median(m.cpu for m in ms) for v, ms in runs.items()}
    # Every run of every build must print what gcc -O2 printed.
    expect = runs["gcc -O2"][0].out
    for v, ms in runs.items():
        for m in ms:
            if m.out != expect:
                sys.exit(f"{TOOL}: {name}: {v} printed {m.out!r}, gcc -O2 {expect!r}")
    base = statistics.median(times["gcc -O2"])
    print(f"{name}-size workload ({os.path.basename(src)}): {n} iterations, "
          f"median of {args.runs} runs; {got} sites promoted; "
          f"checksum {expect.decode().strip()} (same for all builds)")
    medians = {}
    for v, _, _ in variants:
        m = medians[v] = statistics.median(times[v])
        print(f"{v:>20}: {m:7.3f} s   ratio to gcc -O2: {m / base:5.3f}   "
              f"speed-up: {base / m:5.2f}x   (CPU {cpu[v]:6.3f} s, ratio "
              f"{cpu[v] / cpu['gcc -O2']:5.3f})")
    return medians


def main():
    ap = tool_parser(__doc__)
    ap.add_argument("--n", type=int, default=0)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--workload", default="both", choices=["constant", "variable", "both"])
    args = parse_args(ap)
    plugin = find_plugin(args.cc, args.plugin, TOOL)
    with tempfile.TemporaryDirectory() as tmp:
        for w in WORKLOADS:
            if args.workload not in ("both", w[0]):
                continue
            medians = bench_one(args, plugin, tmp, w)
            if w[0] == "constant":
                speedup = medians["gcc -O2"] / medians["gcc -O2 + promote"]
                verdict = "met" if speedup >= CONSTANT_GOAL else "NOT met"
                print(f"goal: promotion at least {CONSTANT_GOAL}x faster than gcc -O2 "
                      f"on the constant-size workload: {speedup:.2f}x, {verdict}")


if __name__ == "__main__":
    main()
