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
import argparse
import collections
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DRIVER = os.path.join(TOP, "bench", "sqlite", "driver.c")
MEMBERS = ("package/deps/sqlite3/sqlite3.c", "package/deps/sqlite3/sqlite3.h",
           "package/package.json")
# As the amalgamation is built for a plain C program: no extension loading.
DEFINES = ["-DSQLITE_OMIT_LOAD_EXTENSION", "-DSQLITE_DEFAULT_MEMSTATUS=0"]


def fetch(work):
    """The directory holding sqlite3.c and sqlite3.h, fetched once."""
    src = os.path.join(work, "src")
    if os.path.exists(os.path.join(src, "sqlite3.c")):
        return src
    if not shutil.which("npm"):
        sys.exit("sqlite-check: npm is missing; install it with 'sudo apt-get install npm'")
    os.makedirs(work, exist_ok=True)
    for old in glob.glob(os.path.join(work, "better-sqlite3-*.tgz")):
        os.remove(old)
    subprocess.run(["npm", "pack", "--silent", "better-sqlite3"], cwd=work,
                   check=True, stdout=subprocess.DEVNULL)
    tgz = glob.glob(os.path.join(work, "better-sqlite3-*.tgz"))[0]
    os.makedirs(src, exist_ok=True)
    with tarfile.open(tgz) as tar:
        for name in MEMBERS:
            with tar.extractfile(name) as f, \
                    open(os.path.join(src, os.path.basename(name)), "wb") as out:
                out.write(f.read())
    return src


def sh(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def summarise(report):
    c = collections.Counter()
    why = collections.Counter()
    with open(report) as f:
        for line in f:
            try:
                r = json.loads(line)
            except ValueError:
                c["invalid"] += 1
                if c["invalid"] <= 3:
                    print(f"FAIL: report line is not JSON: {line.strip()[:300]}")
                continue
            c[r["kind"]] += 1
            if r["escapes"] is False:
                c[r["kind"] + " noescape"] += 1
            if r["kind"] == "heap":
                if r.get("promoted"):
                    c["heap promoted"] += 1
                elif r.get("not_promoted"):
                    why[r["not_promoted"]] += 1
    return c, why


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cc", default="gcc")
    ap.add_argument("--plugin")
    ap.add_argument("--opt", default="-O2")
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", default=os.path.join(TOP, "build", "sqlite"))
    args = ap.parse_args()
    plugin = os.path.abspath(args.plugin or os.path.join(
        TOP, "build", os.path.basename(args.cc), "escape.so"))
    if not os.path.exists(plugin):
        sys.exit(f"sqlite-check: no plugin at {plugin}; run 'make CC={args.cc}' first")
    src = fetch(os.path.abspath(args.work))
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

    base = [args.cc, args.opt, "-g0", f"-I{src}"] + DEFINES
    plug = [f"-fplugin={plugin}", "-fplugin-arg-escape-promote",
            f"-fplugin-arg-escape-report={report}"]
    builds = {"plain": [], "promote": plug}
    drv_o = os.path.join(out, "driver.o")
    p = sh(base + ["-c", DRIVER, "-o", drv_o])
    if not result(p.returncode == 0, f"driver.c does not compile: {p.stderr}"):
        return 1
    exes = {}
    for name, flags in builds.items():
        obj = os.path.join(out, f"sqlite3-{name}.o")
        start = time.monotonic()
        p = sh(base + flags + ["-c", os.path.join(src, "sqlite3.c"), "-o", obj])
        secs = time.monotonic() - start
        warnings = p.stderr.count("warning:")
        if not result(p.returncode == 0,
                      f"sqlite3.c {name} build failed ({p.returncode}): "
                      f"{p.stderr.strip().splitlines()[-3:]}"):
            continue
        exe = os.path.join(out, f"driver-{name}")
        p = sh([args.cc, drv_o, obj, "-o", exe, "-lm", "-lpthread"])
        if result(p.returncode == 0, f"link {name}: {p.stderr}"):
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
                p = sh(cmd, timeout=600)
                result(p.returncode == 0,
                       f"driver ({name}, {where}) exited {p.returncode}: "
                       f"{[l for l in p.stdout.splitlines() if 'WRONG' in l][:5]} {p.stderr}")
                outputs[name, where] = p.stdout
            result(outputs["plain", where] == outputs["promote", where],
                   f"outputs differ without and with the plugin ({where} database)")
    last = outputs["promote", "memory"].strip().splitlines()
    print(f"driver ({args.rows} rows, in memory and in a file): {last[-1] if last else '?'}, "
          "the same output without and with the plugin")

    c, why = summarise(report)
    result(c["invalid"] == 0, f"{c['invalid']} report lines are not valid JSON")
    print(f"report (sqlite3.c from better-sqlite3 {package}, {args.cc} {args.opt}): "
          f"{c['heap']} allocation sites analysed, {c['heap noescape']} not escaping, "
          f"{c['heap promoted']} promoted; {c['local']} address-taken locals "
          f"({c['local noescape']} not escaping), {c['param']} pointer parameters "
          f"({c['param noescape']} not escaping); {c['invalid']} invalid lines")
    if why:
        print("  heap sites not promoted: " + ", ".join(
            f"{k} {v}" for k, v in why.most_common()))

    times = {name: [] for name in exes}
    for _ in range(args.runs):
        for name, exe in exes.items():
            start = time.perf_counter()
            subprocess.run([exe, str(args.rows)], check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
    plain = statistics.median(times["plain"])
    prom = statistics.median(times["promote"])
    print(f"run time (in memory, {args.rows} rows, median of {args.runs} alternating runs): "
          f"plain {plain:.3f} s, promote {prom:.3f} s, ratio {prom / plain:.3f}")
    print(f"sqlite: {ok} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
