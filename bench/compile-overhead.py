#!/usr/bin/env python3
"""bench/compile-overhead.py - compile-time cost of the plugin on sqlite3.c.

  bench/compile-overhead.py [--cc gcc] [--plugin PATH] [--opts "-O0 -O2"]
                         [--runs 5] [--variants LIST] [--file FILE]
                         [--perf] [--callgrind FILE] [--work DIR]

Compiles the sqlite amalgamation (fetched from the npm package
better-sqlite3 by scripts/escape_common.py's fetch_sqlite, into WORK, default
build/sqlite) with 'CC OPT -c', without the plugin and with it at
verbose=0: plain plugin, report=, promote, promote + report=.  The
variants are run in turn, round after round, RUNS rounds (so drift on a
busy machine hits them all alike), and for each the median wall time,
CPU time (user + system of the compiler's processes) and peak memory
(largest resident set of the compiler's processes, from wait4) is
printed with its ratio to plain GCC, all measured in this one run.
--file compiles FILE instead of sqlite3.c.

--perf also profiles one compile with the plugin (promote and report=)
with 'perf record -g -e cpu-clock' and prints the share of samples in
the plugin (inclusive of the GCC functions it calls) and in the dynamic
loader, and the plugin's heaviest functions.

--callgrind FILE also counts the instructions cc1 executes on FILE
(at -O0 and -O2 unless --opts says otherwise; -S, no assembler) under
valgrind --tool=callgrind without and with the plugin (verbose=0, no
report, no promotion), and prints the counts and their ratio, then
where the extra instructions go (by object, e.g. ld.so loading the
plugin, and by function, from callgrind_annotate) and the plugin's
heaviest functions (inclusive).  This
is exact and does not depend on the machine's load, but slow (about
50 times a normal compile): use a file of a few thousand lines.
"""
import glob
import os
import re
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "scripts"))
from escape_common import (SQLITE_DEFINES, TOP, fetch_sqlite,  # noqa: E402
                           find_plugin, interleaved, parse_args, plugin_flags,
                           tool_parser)

TOOL = "bench/compile-overhead.py"


ANNOTATED = re.compile(r"\s*([\d,]+) \([^)]*\)\s+(\S+?):(.+) \[(.+)\]\s*$")


def annotate(outfile, inclusive):
    """{(function, object basename): instructions} from callgrind_annotate."""
    d = {}
    text = subprocess.run(["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}",
                           "--threshold=100", outfile], capture_output=True, text=True).stdout
    for line in text.splitlines():
        m = ANNOTATED.match(line)
        if m:
            key = (m.group(3).strip(), os.path.basename(m.group(4)))
            d[key] = d.get(key, 0) + int(m.group(1).replace(",", ""))
    return d


def callgrind(cc, opt, src, flags, tmp, tag):
    """cc1's instruction count for SRC and its callgrind output file."""
    out = os.path.join(tmp, f"cg-{tag}{opt}.%p")
    wrapper = f"valgrind,--tool=callgrind,--callgrind-out-file={out}"
    subprocess.run([cc, opt, "-S", "-o", os.devnull, "-wrapper", wrapper] + flags
                   + [src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    files = glob.glob(out.replace("%p", "*"))
    if len(files) != 1:
        sys.exit(f"{TOOL}: expected one callgrind output, got {files}")
    total = 0
    with open(files[0]) as f:
        for line in f:
            if line.startswith(("summary:", "totals:")):
                total = int(line.split()[1])
    return total, files[0]


def explain(plain_file, plug_file, plugin, total):
    """Where the extra instructions go: by object, by function, and the
    plugin's own functions (inclusive)."""
    a, b = annotate(plain_file, False), annotate(plug_file, False)
    keys = set(a) | set(b)
    byobj = {}
    for k in keys:
        byobj[k[1]] = byobj.get(k[1], 0) + b.get(k, 0) - a.get(k, 0)
    extra = sum(byobj.values())
    print(f"      extra instructions by object (of {extra:,}): " + ", ".join(
        f"{o} {v:+,}" for o, v in sorted(byobj.items(), key=lambda x: -x[1])[:5]))
    deltas = sorted(((b.get(k, 0) - a.get(k, 0), k) for k in keys), reverse=True)[:8]
    for d, (fn, obj) in deltas:
        print(f"      {d:+13,}  {fn[:70]} [{obj}]")
    inc = annotate(plug_file, True)
    base = os.path.basename(plugin)
    rows = sorted(((v, k[0]) for k, v in inc.items() if k[1] == base), reverse=True)
    print(f"      plugin functions, inclusive share of cc1's {total:,} instructions:")
    for ir, fn in rows[:8]:
        print(f"      {ir / total * 100:6.2f}%  {fn[:80]}")


def perf_profile(cc, opt, src, flags, plugin, tmp):
    """perf record -g (cpu-clock) of one compile with the plugin: the
    share of samples in the plugin (inclusive of the GCC functions it
    calls) and in the dynamic loader, and the plugin's heaviest functions."""
    data = os.path.join(tmp, f"perf{opt}.data")
    subprocess.run(["perf", "record", "-q", "-g", "-e", "cpu-clock", "-o", data, cc, opt,
                    "-w", "-S", "-o", os.devnull] + flags + [src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    text = subprocess.run(["perf", "report", "-i", data, "--children", "--sort",
                           "dso,symbol", "--stdio", "-g", "none"],
                          capture_output=True, text=True).stdout
    base = os.path.basename(plugin)
    rows, loader = [], 0.0
    for line in text.splitlines():
        m = re.match(r"\s*([\d.]+)%\s+([\d.]+)%\s+(\S+)\s+\[\.\]\s+(.+?)\s+-\s+-\s*$", line)
        if not m:
            continue
        if m.group(3) == base:
            rows.append((float(m.group(1)), float(m.group(2)), m.group(4)))
        elif m.group(3).startswith("ld-linux"):
            loader += float(m.group(2))
    rows.sort(reverse=True)
    print(f"  {opt}: perf samples (cpu-clock) in the plugin's functions and what they "
          f"call: {rows[0][0] if rows else 0:.2f}%; in the dynamic loader (self): {loader:.2f}%")
    for incl, self_, fn in rows[:10]:
        print(f"      {incl:6.2f}% incl {self_:6.2f}% self  {fn[:80]}")


def main():
    ap = tool_parser(__doc__)
    ap.add_argument("--opts", default="-O0 -O2")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--variants", default="plain,plugin,report,promote,promote+report")
    ap.add_argument("--file")
    ap.add_argument("--callgrind", metavar="FILE")
    ap.add_argument("--perf", action="store_true",
                    help="also profile one compile with the plugin with perf record")
    ap.add_argument("--work", default=os.path.join(TOP, "build", "sqlite"))
    args = parse_args(ap)
    plugin = find_plugin(args.cc, args.plugin, TOOL)
    src = os.path.join(fetch_sqlite(os.path.abspath(args.work), TOOL), "sqlite3.c")
    inc = [f"-I{os.path.dirname(src)}"] + SQLITE_DEFINES
    if args.file:
        src = os.path.abspath(args.file)
    version = subprocess.run([args.cc, "--version"], capture_output=True,
                             text=True).stdout.splitlines()[0]
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "report.jsonl")
        flags = {
            "plain": [],
            "plugin": plugin_flags(plugin),
            "report": plugin_flags(plugin, report=report),
            "promote": plugin_flags(plugin, promote=True),
            "promote+report": plugin_flags(plugin, promote=True, report=report),
        }
        names = [v for v in args.variants.split(",") if v]
        if "plain" not in names:
            names.insert(0, "plain")
        print(f"compile-overhead: {os.path.basename(src)} with {version}; "
              f"median of {args.runs} interleaved runs; ratios to plain GCC "
              f"measured in this run", flush=True)
        def remove_report():
            if os.path.exists(report):
                os.remove(report)

        for opt in args.opts.split():
            res = interleaved({n: [args.cc, opt, "-w", "-c", src, "-o",
                                   os.path.join(tmp, "out.o")] + inc + flags[n]
                               for n in names}, args.runs, TOOL, before=remove_report)
            med = {n: [statistics.median(r[i] for r in res[n]) for i in range(3)]
                   for n in names}
            b = med["plain"]
            for n in names:
                m = med[n]
                spread = max(r[0] for r in res[n]) - min(r[0] for r in res[n])
                print(f"  {opt} {n:>15}: wall {m[0]:7.2f} s ({m[0] / b[0]:5.3f})  "
                      f"cpu {m[1]:7.2f} s ({m[1] / b[1]:5.3f})  "
                      f"peak {m[2] / 1024:7.1f} MiB ({m[2] / b[2]:5.3f})  "
                      f"[wall range {spread:.2f} s]", flush=True)
        if args.perf:
            print(f"perf: one compile of {os.path.basename(src)} with the plugin, promote "
                  "and report=", flush=True)
            for opt in args.opts.split():
                perf_profile(args.cc, opt, src, inc + flags["promote+report"], plugin, tmp)
        if args.callgrind:
            cg = os.path.abspath(args.callgrind)
            print(f"callgrind: instructions executed by cc1 on {os.path.basename(cg)} "
                  "(-S, verbose=0, no report, no promotion)", flush=True)
            for opt in args.opts.split():
                plain, pf = callgrind(args.cc, opt, cg, inc, tmp, "plain")
                plug, gf = callgrind(args.cc, opt, cg, inc + flags["plugin"], tmp, "plugin")
                print(f"  {opt}: plain {plain:,}  plugin {plug:,}  ratio {plug / plain:.4f}",
                      flush=True)
                explain(pf, gf, plugin, plug)

if __name__ == "__main__":
    main()
