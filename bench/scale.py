#!/usr/bin/env python3
"""bench/scale.py - the plugin's compile-time cost on generated pointer-heavy
functions of 1k, 10k and 100k statements.

  bench/scale.py [--cc gcc] [--plugin escape.so] [--sizes 1000,10000,100000]
              [--opt -O2] [--runs 3]

For each size it compiles one generated function with plain GCC and with
-fplugin=escape.so (verbose=0, and with report=), side by side in the same
run, and prints the median CPU times, the plugin's share and its time
per statement.  The analysis is near-linear when the last column stays
flat as the size grows.
"""
import os
import re
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "scripts"))
from escape_common import (find_plugin, measure, parse_args,  # noqa: E402
                           plugin_flags, tool_parser)

TOOL = "bench/scale.py"


def generate(n):
    """A function of about N statements: locals, pointers to them, chains
    of copies, stores into structs and arrays, loads, calls and returns."""
    out = ["#include <stdlib.h>", "struct node { struct node *next; int *val; int pad; };",
           "extern void sink (void *);", "int *g;", "",
           "static int *pick (int *a, int *b, int c) { return c ? a : b; }", "",
           "int big (int c)", "{"]
    nvars = max(8, n // 10)
    out.append("  int acc = 0;")
    for i in range(nvars):
        out.append(f"  int v{i} = {i}; int *p{i}; struct node n{i};")
    body = 0
    i = 0
    while body < n:
        a, b = i % nvars, (i * 7 + 3) % nvars
        kind = i % 8
        if kind == 0:
            out.append(f"  p{a} = &v{b};")
        elif kind == 1:
            out.append(f"  n{a}.val = p{a}; n{a}.next = &n{b};")
            body += 1
        elif kind == 2:
            out.append(f"  p{b} = n{a}.next->val;")
        elif kind == 3:
            out.append(f"  acc += *p{a} + n{b}.pad;")
        elif kind == 4:
            out.append(f"  p{a} = pick (p{a}, &v{b}, c);")
        elif kind == 5:
            out.append(f"  if (c > {i}) p{a} = p{b};")
        elif kind == 6:
            out.append(f"  {{ int *h = malloc (sizeof *h); *h = acc; acc += *h; free (h); }}")
            body += 3
        else:
            out.append(f"  if (acc == {i}) sink (&n{a});")
        body += 1
        i += 1
    out.append("  g = p0;")
    out.append("  return acc;")
    out.append("}")
    return "\n".join(out) + "\n", body


PLUGIN_LINE = re.compile(r"^\s*plugin execution\s*:\s*([0-9.]+)\s*\(\s*\d+%\)"
                         r"\s*([0-9.]+)")


def compile_time(cmd, runs):
    """Median CPU time (user + system) of the compiler's processes, less
    sensitive than wall time to other work on a shared machine, and the
    median CPU time of the plugin's own pass, which -ftime-report shows
    as "plugin execution" (the pass is registered under that timer)."""
    times, passes = [], []
    for _ in range(runs):
        m = measure(cmd + ["-ftime-report"], TOOL)
        times.append(m.cpu)
        plugin = 0.0
        for line in m.err.decode(errors="replace").splitlines():
            m = PLUGIN_LINE.match(line)
            if m:
                plugin = float(m.group(1)) + float(m.group(2))
        passes.append(plugin)
    return statistics.median(times), statistics.median(passes)


def main():
    ap = tool_parser(__doc__)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--opt", default="-O2")
    ap.add_argument("--runs", type=int, default=3)
    args = parse_args(ap)
    plugin = find_plugin(args.cc, args.plugin, TOOL)
    print(f"{args.cc} {args.opt}, CPU seconds (user+sys), median of {args.runs} runs;"
          " 'pass' is the plugin's own pass (-ftime-report)")
    print(f"{'statements':>10} {'plain':>8} {'plugin':>8} {'+report':>8}"
          f" {'ratio':>6} {'pass':>7} {'pass %':>7} {'pass us/stmt':>13}")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "big.c")
        obj = os.path.join(tmp, "big.o")
        for size in [int(x) for x in args.sizes.split(",")]:
            text, stmts = generate(size)
            with open(src, "w") as f:
                f.write(text)
            base = [args.cc, args.opt, "-c", src, "-o", obj]
            plug = base + plugin_flags(plugin)
            report = base + plugin_flags(plugin, report=f"{tmp}/r.jsonl")
            plain_t, _ = compile_time(base, args.runs)
            plug_t, pass_t = compile_time(plug, args.runs)
            rep_t, _ = compile_time(report, args.runs)
            print(f"{stmts:>10} {plain_t:>8.2f} {plug_t:>8.2f} {rep_t:>8.2f}"
                  f" {plug_t / plain_t:>6.3f} {pass_t:>7.2f}"
                  f" {100 * pass_t / plug_t:>6.1f}% {1e6 * pass_t / stmts:>13.2f}",
                  flush=True)


if __name__ == "__main__":
    main()
