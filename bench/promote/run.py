#!/usr/bin/env python3
"""bench/promote/run.py - run-time effect of heap-to-stack promotion.

  bench/promote/run.py [--cc gcc] [--plugin PATH] [--n 2000000] [--runs 5]

Builds workload.c with CC -O2, with CC -O2 plus the plugin and promotion,
and with clang -O2 when clang is installed, checks the three print the
same checksum, then runs them alternately RUNS times and prints the
median wall times and the ratios against plain GCC, all measured in this
one run.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))


def build(cmd):
    subprocess.run(cmd, check=True)


def run_once(exe, n):
    start = time.perf_counter()
    out = subprocess.run([exe, str(n)], check=True, capture_output=True).stdout
    return time.perf_counter() - start, out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cc", default="gcc")
    ap.add_argument("--plugin")
    ap.add_argument("--n", type=int, default=2000000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    plugin = os.path.abspath(args.plugin or os.path.join(
        TOP, "build", os.path.basename(args.cc), "escape.so"))
    if not os.path.exists(plugin):
        sys.exit(f"bench/promote: no plugin at {plugin}; run 'make CC={args.cc}' first")
    src = os.path.join(HERE, "workload.c")
    with tempfile.TemporaryDirectory() as tmp:
        variants = [("gcc -O2", [args.cc, "-O2", src, "-o", f"{tmp}/plain"], f"{tmp}/plain"),
                    ("gcc -O2 + promote", [args.cc, "-O2", f"-fplugin={plugin}",
                                           "-fplugin-arg-escape-promote", src,
                                           "-o", f"{tmp}/promoted"], f"{tmp}/promoted")]
        if shutil.which("clang"):
            variants.append(("clang -O2", ["clang", "-O2", src, "-o", f"{tmp}/clang"],
                             f"{tmp}/clang"))
        for _, cmd, _ in variants:
            build(cmd)
        times = {name: [] for name, _, _ in variants}
        outputs = {}
        for _ in range(args.runs):
            for name, _, exe in variants:
                t, out = run_once(exe, args.n)
                times[name].append(t)
                outputs[name] = out
        if len(set(outputs.values())) != 1:
            sys.exit(f"bench/promote: outputs differ: {outputs}")
        base = statistics.median(times["gcc -O2"])
        print(f"workload: {args.n} iterations, median of {args.runs} runs; "
              f"checksum {outputs['gcc -O2'].decode().strip()}")
        for name, _, _ in variants:
            m = statistics.median(times[name])
            print(f"{name:>20}: {m:7.3f} s   ratio to gcc -O2: {m / base:5.3f}")


if __name__ == "__main__":
    main()
