#!/usr/bin/env python3
"""bench/pass-vs-pta.py - the escape pass's cost against GCC's own
points-to analysis on the same compile.

  bench/pass-vs-pta.py [--cc gcc] [--plugin PATH] [--opts "-O2"]
                       [--freq 250] [--file FILE] [--work DIR]
                       [--plugin-args embed,...]

Runs cc1 on the sqlite amalgamation (fetched from the npm package
better-sqlite3 by scripts/escape_common.py's fetch_sqlite, into WORK,
default build/sqlite), or on FILE, once per level, with the plugin at
verbose=0, under 'perf record --call-graph dwarf' (cpu-clock, FREQ samples
a second), and prints the share of cc1's samples whose call stack holds

  - escape_analyze_function: the pass, inclusive of every GCC function
    it calls (bitmaps, hash tables, the alias oracle);
  - escape_pre_genericize: the plugin's front-end callback;
  - compute_may_aliases: GCC's points-to analysis ("tree PTA" and the
    alias information it sets), inclusive likewise;

and the ratio of the plugin's share to PTA's, measured in this run.

Why not -ftime-report: on a machine where timing calls are slow (a
virtual machine), each push and pop of a timevar costs time that lands
in the timevar pushed, and the plugin's pass runs once for every
function before inlining: a pass that returns at once still shows most
of the "plugin execution" line (docs/VALIDATION.md has the numbers).
Sampling with call stacks charges each sample to the code that ran.

Needs perf (Debian's linux-perf); cc1's unwind tables give the stacks.
Python 3 standard library only.
"""

import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
from escape_common import (SQLITE_DEFINES, TOP, fetch_sqlite, find_plugin,  # noqa: E402
                           parse_args, plugin_flags, tool_parser)

TOOL = "pass-vs-pta"
SYMBOLS = ("escape_analyze_function", "escape_pre_genericize", "compute_may_aliases")


def cc1_command(cc, opt, src, flags):
    """The cc1 command line the driver would run for 'CC OPT -S SRC'."""
    out = subprocess.run([cc, "-###", opt, "-S", src, "-o", os.devnull] + flags,
                         capture_output=True, text=True).stderr
    for line in out.splitlines():
        if re.search(r'/cc1"?\s', line):
            return [a.strip('"') for a in re.findall(r'"[^"]*"|\S+', line.strip())]
    sys.exit(f"{TOOL}: could not find cc1's command line in '{cc} -###'")


def shares(cc, opt, src, flags, freq, tmp):
    """Inclusive sample shares (percent) of SYMBOLS for one compile."""
    data = os.path.join(tmp, f"perf{opt}.data")
    cmd = cc1_command(cc, opt, src, flags)
    rec = subprocess.run(["perf", "record", "-q", "-F", str(freq), "-e", "cpu-clock",
                          "--call-graph", "dwarf,16384", "-o", data] + cmd,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if rec.returncode != 0:
        sys.exit(f"{TOOL}: perf record failed: {rec.stderr.strip()[-300:]}")
    text = subprocess.run(["perf", "report", "-i", data, "--children", "--sort", "symbol",
                           "--stdio", "-g", "none"], capture_output=True, text=True).stdout
    found = dict.fromkeys(SYMBOLS, 0.0)
    samples = 0
    for line in text.splitlines():
        m = re.match(r"#\s*Samples:\s*(\d+)([KM]?)", line)
        if m:
            scale = {"": 1, "K": 1000, "M": 1000000}[m.group(2)]
            samples = max(samples, int(m.group(1)) * scale)
        m = re.match(r"\s*([\d.]+)%\s+([\d.]+)%\s+\[\.\]\s+(\S+)", line)
        if m and m.group(3) in found:
            found[m.group(3)] = max(found[m.group(3)], float(m.group(1)))
    os.remove(data)
    return found, samples


def main():
    ap = tool_parser(__doc__)
    ap.add_argument("--opts", default="-O2")
    ap.add_argument("--freq", type=int, default=250)
    ap.add_argument("--file")
    ap.add_argument("--plugin-args", default="",
                    help="plugin arguments to add, comma-separated KEY[=VALUE] "
                    "(embed: the records and their dependencies on other files "
                    "are made too)")
    ap.add_argument("--work", default=os.path.join(TOP, "build", "sqlite"))
    args = parse_args(ap)
    plugin = find_plugin(args.cc, args.plugin, TOOL)
    if args.file:
        src, inc = os.path.abspath(args.file), []
    else:
        src = os.path.join(fetch_sqlite(os.path.abspath(args.work), TOOL), "sqlite3.c")
        inc = [f"-I{os.path.dirname(src)}"] + SQLITE_DEFINES
    version = subprocess.run([args.cc, "--version"], capture_output=True,
                             text=True).stdout.splitlines()[0]
    print(f"{TOOL}: {os.path.basename(src)} with {version}; inclusive shares of cc1's "
          f"cpu-clock samples (perf, call stacks), one compile per level", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for opt in args.opts.split():
            extra = [f"-fplugin-arg-escape-{a}" for a in args.plugin_args.split(",")
                     if a]
            found, samples = shares(args.cc, opt, src,
                                    inc + plugin_flags(plugin) + extra, args.freq, tmp)
            plugin_share = found["escape_analyze_function"] + found["escape_pre_genericize"]
            pta = found["compute_may_aliases"]
            ratio = f"{plugin_share / pta:.2f}" if pta else "n/a (no PTA at this level)"
            print(f"  {opt}: {samples} samples; pass {found['escape_analyze_function']:.2f}%"
                  f" + front end {found['escape_pre_genericize']:.2f}%"
                  f" = plugin {plugin_share:.2f}%; GCC's PTA {pta:.2f}%;"
                  f" plugin / PTA = {ratio}", flush=True)


if __name__ == "__main__":
    main()
