#!/usr/bin/env python3
"""sqlite-check - the sqlite amalgamation built with the plugin and promotion.

  scripts/sqlite-check.py [--cc gcc] [--plugin PATH] [--opt -O2] [--rows N]
                       [--runs N] [--work DIR]

Fetches the sqlite amalgamation from the npm package better-sqlite3
('npm pack', into WORK, default build/sqlite; never committed), compiles
sqlite3.c at OPT (default -O2) without the plugin and with
-fplugin=escape.so -fplugin-arg-escape-promote -fplugin-arg-escape-report=FILE,
links each with bench/sqlite/driver.c (built once, without the plugin),
and runs both drivers on an in-memory database and on a database file.
Each run must exit 0 (the driver checks every query result) and both
builds must print the same output.  Then prints what the report says
(allocation sites analysed, not escaping, promoted; locals and
parameters) and the run time of the in-memory workload without and with
promotion: RUNS alternating runs each (default 5), medians and ratio.
Closes with 'N passed, N failed' over its checks; exits 1 on a failure.
"""
import json
import os
import statistics
import sys
import tempfile

from escape_common import (SQLITE_DEFINES, TOP, fetch_sqlite, find_plugin, interleaved,
                           output_tail, parse_args, plugin_flags, report_counts, run,
                           tool_parser)

TOOL = "sqlite-check"
DRIVER = os.path.join(TOP, "bench", "sqlite", "driver.c")


def sh(cmd, timeout=None):
    """(exit status or 'timeout', output) of CMD, as text."""
    rc, out, _ = run(cmd, timeout=timeout)
    return rc, out.decode(errors="replace")


def main():
    ap = tool_parser(__doc__)
    ap.add_argument("--opt", default="-O2")
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", default=os.path.join(TOP, "build", "sqlite"))
    args = parse_args(ap)
    plugin = find_plugin(args.cc, args.plugin, TOOL)
    src = fetch_sqlite(os.path.abspath(args.work), TOOL)
    with open(os.path.join(src, "package.json")) as f:
        package = json.load(f)["version"]
    out = os.path.join(os.path.abspath(args.work), os.path.basename(args.cc) + args.opt)
    os.makedirs(out, exist_ok=True)
    report = os.path.join(out, "report.jsonl")
    if os.path.exists(report):
        os.remove(report)

    ok, bad = 0, 0

    def result(good, what):
        nonlocal ok, bad
        if good:
            ok += 1
        else:
            bad += 1
            print(f"FAIL: {what}", flush=True)
        return good

    base = [args.cc, args.opt, "-g0", f"-I{src}"] + SQLITE_DEFINES
    plug = plugin_flags(plugin, promote=True, report=report)
    builds = {"plain": [], "promote": plug}
    drv_o = os.path.join(out, "driver.o")
    rc, text = sh(base + ["-c", DRIVER, "-o", drv_o])
    if not result(rc == 0, f"driver.c does not compile: {text}"):
        return 1
    exes = {}
    for name, flags in builds.items():
        obj = os.path.join(out, f"sqlite3-{name}.o")
        rc, text, secs = run(base + flags + ["-c", os.path.join(src, "sqlite3.c"), "-o", obj])
        warnings = text.count(b"warning:")
        if not result(rc == 0, f"sqlite3.c {name} build failed ({rc}): {output_tail(text)}"):
            continue
        exe = os.path.join(out, f"driver-{name}")
        rc, text = sh([args.cc, drv_o, obj, "-o", exe, "-lm", "-lpthread"])
        if result(rc == 0, f"link {name}: {text}"):
            exes[name] = exe
        print(f"built sqlite3.c ({name}, {args.cc} {args.opt}) in {secs:.1f} s, "
              f"{warnings} warnings", flush=True)
    if len(exes) != 2:
        print(f"sqlite: {ok} passed, {bad} failed")
        return 1

    outputs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for where in ("memory", "file"):
            for name, exe in exes.items():
                cmd = [exe, str(args.rows)]
                if where == "file":
                    cmd.append(os.path.join(tmp, f"{name}.db"))
                rc, text = sh(cmd, timeout=600)
                result(rc == 0, f"driver ({name}, {where}) exited {rc}: "
                       f"{[l for l in text.splitlines() if 'WRONG' in l][:5]}")
                outputs[name, where] = text
            result(outputs["plain", where] == outputs["promote", where],
                   f"outputs differ without and with the plugin ({where} database)")
    last = outputs["promote", "memory"].strip().splitlines()
    print(f"driver ({args.rows} rows, in memory and in a file): {last[-1] if last else '?'}, "
          "the same output without and with the plugin")

    c, why, not_json = report_counts(report)
    for line in not_json[:3]:
        print(f"FAIL: report line is not JSON: {line.strip()[:300]}")
    result(c["invalid"] == 0, f"{c['invalid']} report lines are not valid JSON")
    print(f"report (sqlite3.c from better-sqlite3 {package}, {args.cc} {args.opt}): "
          f"{c['heap']} allocation sites analysed, {c['heap noescape']} not escaping, "
          f"{c['heap promoted']} promoted; {c['local']} address-taken locals "
          f"({c['local noescape']} not escaping), {c['param']} pointer parameters "
          f"({c['param noescape']} not escaping); {c['invalid']} invalid lines")
    if why:
        print("  heap sites not promoted: " + ", ".join(
            f"{k} {v}" for k, v in why.most_common()))

    times = interleaved({name: [exe, str(args.rows)] for name, exe in exes.items()},
                        args.runs, TOOL)
    plain = statistics.median(m.wall for m in times["plain"])
    prom = statistics.median(m.wall for m in times["promote"])
    print(f"run time (in memory, {args.rows} rows, median of {args.runs} alternating runs): "
          f"plain {plain:.3f} s, promote {prom:.3f} s, ratio {prom / plain:.3f}")
    print(f"sqlite: {ok} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
