#!/usr/bin/env python3
"""bench/promote/run.py - run-time effect of heap-to-stack promotion.

  bench/promote/run.py [--cc gcc] [--plugin PATH] [--n 2000000] [--runs 5]

Builds workload.c with CC -O2, with CC -O2 plus the plugin and promotion,
and with clang -O2 when clang is installed, checks the three print the
same checksum, then runs them alternately RUNS times and prints the
median wall times and the ratios against plain GCC, all measured in this
one run.
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
                           plugin_flags, tool_parser)

TOOL = "bench/promote/run.py"


def main():
    ap = tool_parser(__doc__)
    ap.add_argument("--n", type=int, default=2000000)
    ap.add_argument("--runs", type=int, default=5)
    args = parse_args(ap)
    plugin = find_plugin(args.cc, args.plugin, TOOL)
    src = os.path.join(HERE, "workload.c")
    with tempfile.TemporaryDirectory() as tmp:
        variants = [("gcc -O2", [args.cc, "-O2", src, "-o", f"{tmp}/plain"], f"{tmp}/plain"),
                    ("gcc -O2 + promote", [args.cc, "-O2"] + plugin_flags(plugin, promote=True)
                     + [src, "-o", f"{tmp}/promoted"], f"{tmp}/promoted")]
        if shutil.which("clang"):
            variants.append(("clang -O2", ["clang", "-O2", src, "-o", f"{tmp}/clang"],
                             f"{tmp}/clang"))
        for _, cmd, _ in variants:
            subprocess.run(cmd, check=True)
        runs = interleaved({name: [exe, str(args.n)] for name, _, exe in variants},
                           args.runs, TOOL)
        times = {name: [m.wall for m in ms] for name, ms in runs.items()}
        outputs = {name: ms[-1].out for name, ms in runs.items()}
        if len(set(outputs.values())) != 1:
            sys.exit(f"{TOOL}: outputs differ: {outputs}")
        base = statistics.median(times["gcc -O2"])
        print(f"workload: {args.n} iterations, median of {args.runs} runs; "
              f"checksum {outputs['gcc -O2'].decode().strip()}")
        for name, _, _ in variants:
            m = statistics.median(times[name])
            print(f"{name:>20}: {m:7.3f} s   ratio to gcc -O2: {m / base:5.3f}")


if __name__ == "__main__":
    main()
