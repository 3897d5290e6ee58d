#!/usr/bin/env python3
"""csmith-check - differential testing of the plugin with csmith programs.

  scripts/csmith-check.py [--count N] [--seed-base S] [--cc gcc] [--plugin PATH]
                       [--opts "-O0 -O2"] [--jobs N] [--verbose2]
                       [--keep DIR] [--results FILE] [--reduce]
                       [--timeout SECONDS] [--time-limit SECONDS]

Generates COUNT random programs with Debian's csmith (seeds SEED-BASE to
SEED-BASE+COUNT-1, so a run is reproducible; csmith and libcsmith-dev are
installed when missing and run as root).  Each program is compiled at
each level of --opts with 'CC OPT -w -I<csmith include>' without the
plugin, then with -fplugin=escape.so -fplugin-arg-escape-promote and a
report= (and verbose=2 with --verbose2), and both executables are run
with a timeout (--timeout, default 10 s).  A program whose plain build fails, times out or
crashes is skipped.  Otherwise the plugged build must compile (CRASH if
it does not: an internal compiler error or any other failure) and print
the same checksum and exit status (MISMATCH if not); its report must be
valid JSON Lines (REPORT if not).

Every CRASH, MISMATCH and REPORT is kept in KEEP/seed-S-OPT/ with the program,
both outputs and repro.sh, a one-line reproduction command.  With
--reduce, each is reduced there with cvise or creduce (when installed)
into reduced.c; the reduction keeps a program that builds cleanly and
runs without undefined behaviour under -fsanitize=undefined.

--time-limit stops starting new programs after that many seconds (the
seeds not run are the last ones, and the summary says how many).
--results FILE gets one line per program and level: 'PASS|SKIP|CRASH|
MISMATCH|REPORT seed-S OPT' (testsuite/escape.csmith/csmith.exp reads it).
Prints one line per problem, a summary and a closing 'N passed, N failed'
line; exits 1 on any crash, mismatch or invalid report.
"""
import concurrent.futures
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

from escape_common import (TOP, ensure_debs, find_plugin, is_ice, output_tail,
                           parse_args, plugin_flags, report_counts, run, tool_parser)

TOOL = "csmith-check"
INCLUDE = "/usr/include/csmith"


def ensure_csmith():
    ensure_debs(TOOL, ["csmith", "libcsmith-dev"], lambda: (
        shutil.which("csmith") and os.path.exists(os.path.join(INCLUDE, "csmith.h"))))


def keep_case(args, seed, opt, src, kind, detail, plain_out, plug_out, cmd):
    d = os.path.join(args.keep, f"seed-{seed}{opt}")
    os.makedirs(d, exist_ok=True)
    shutil.copy(src, os.path.join(d, "program.c"))
    with open(os.path.join(d, "plain.out"), "wb") as f:
        f.write(plain_out)
    with open(os.path.join(d, "plugged.out"), "wb") as f:
        f.write(plug_out)
    # One line: build with the plugin and (for a mismatch) run it.
    extra = ["-fplugin-arg-escape-report=report.jsonl"] if kind == "report" else []
    line = " ".join(shlex.quote(c) for c in cmd[:-3] + extra + ["program.c", "-o", "plugged"])
    if kind == "mismatch":
        line += " && ./plugged"
    with open(os.path.join(d, "repro.sh"), "w") as f:
        f.write(f"# {kind}: {detail}\n# expected output (without the plugin) in plain.out\n"
                f"cd \"$(dirname \"$0\")\" && {line}\n")
    return d


def check(seed, args, tmp):
    """Returns a list of (opt, status, message, decisions) for one seed."""
    wd = os.path.join(tmp, f"seed-{seed}")
    os.makedirs(wd, exist_ok=True)
    src = os.path.join(wd, f"seed-{seed}.c")
    rc, out, _ = run(["csmith", "--seed", str(seed), "-o", src] + args.csmith_opts,
                     wd, 120)
    if rc != 0:
        return [(opt, "skip", f"csmith failed for seed {seed}", None)
                for opt in args.opts]
    results = []
    for opt in args.opts:
        base = [args.cc, opt, "-w", f"-I{args.include}"]
        plain_exe = os.path.join(wd, "plain")
        rc, out, _ = run(base + [src, "-o", plain_exe], wd, 300)
        if rc != 0:
            results.append((opt, "skip", "", None))
            continue
        prc, pout, ptime = run([plain_exe], wd, args.timeout)
        if prc != 0:                       # timeout, crash or non-zero exit
            results.append((opt, "skip", "", None))
            continue
        report = os.path.join(wd, "report.jsonl")
        if os.path.exists(report):
            os.remove(report)
        plug_exe = os.path.join(wd, "plugged")
        cmd = base + args.plugin_flags + [f"-fplugin-arg-escape-report={report}",
                                          src, "-o", plug_exe]
        rc, out, _ = run(cmd, wd, 600)
        repro_cmd = base + args.plugin_flags + [src, "-o", plug_exe]
        if rc != 0:
            kind = "crash"
            detail = (f"compile failed ({rc}{', ICE' if is_ice(rc, out) else ''}): "
                      f"{output_tail(out)}")
            d = keep_case(args, seed, opt, src, kind, detail, pout, out, repro_cmd)
            results.append((opt, kind, f"seed-{seed} {opt}: {detail} (kept in {d})", None))
            continue
        decisions = summarise_report(report)
        if decisions["invalid"]:
            detail = f"{decisions['invalid']} report lines are not valid JSON (or no report)"
            d = keep_case(args, seed, opt, src, "report", detail, pout, b"", repro_cmd)
            if os.path.exists(report):
                shutil.copy(report, os.path.join(d, "report.jsonl"))
            results.append((opt, "report", f"seed-{seed} {opt}: {detail} (kept in {d})",
                            decisions))
            continue
        qrc, qout, _ = run([plug_exe], wd, max(args.timeout, 3 * ptime + 10))
        if (qrc, qout) != (prc, pout):
            detail = (f"exit {qrc} with the plugin, {prc} without; output "
                      f"{qout.strip()[-40:]!r} vs {pout.strip()[-40:]!r}")
            d = keep_case(args, seed, opt, src, "mismatch", detail, pout, qout, repro_cmd)
            results.append((opt, "mismatch", f"seed-{seed} {opt}: {detail} (kept in {d})",
                            decisions))
            continue
        results.append((opt, "pass", "", decisions))
    return results


def summarise_report(path):
    """Counts of records, by kind, non-escaping and promoted, and of
    invalid lines (escape_common.report_counts)."""
    try:
        return report_counts(path)[0]
    except OSError:
        return {"invalid": 1}              # a successful compile writes it


INTERESTING = """#!/bin/sh
# Interestingness test for {tool}: {kind} with the plugin at {opt}.
CC={cc}
INC={include}
FLAGS={flags}
$CC -O0 -Wall -Wextra -I$INC program.c -o san -fsanitize=undefined -fno-sanitize-recover=all >san.log 2>&1 || exit 1
grep -q -E 'uninitialized|without a cast|control reaches end|incompatible|defaults to|no return statement|too few arguments|address of local' san.log && exit 1
timeout {t} ./san >san.out 2>&1 || exit 1
$CC {opt} -w -I$INC program.c -o plain >/dev/null 2>&1 || exit 1
timeout {t} ./plain >plain.out 2>&1 || exit 1
cmp -s san.out plain.out || exit 1
"""
INTERESTING_CRASH = """$CC {opt} -w -I$INC $FLAGS program.c -o plugged >plug.log 2>&1 && exit 1
grep -q 'internal compiler error' plug.log || exit 1
exit 0
"""
INTERESTING_MISMATCH = """$CC {opt} -w -I$INC $FLAGS program.c -o plugged >/dev/null 2>&1 || exit 1
timeout {t} ./plugged >plugged.out 2>&1
cmp -s plain.out plugged.out && exit 1
exit 0
"""


def reduce_case(d, kind, opt, args):
    tool = shutil.which("cvise") or shutil.which("creduce")
    if not tool:
        return "no cvise or creduce installed"
    work = os.path.join(d, "reduce")
    os.makedirs(work, exist_ok=True)
    shutil.copy(os.path.join(d, "program.c"), os.path.join(work, "program.c"))
    fmt = dict(tool=os.path.basename(tool), kind=kind, opt=opt, cc=shlex.quote(args.cc),
               include=shlex.quote(args.include), t=args.timeout,
               flags=shlex.quote(" ".join(args.plugin_flags)))
    script = INTERESTING.format(**fmt) + (
        INTERESTING_CRASH if kind == "crash" else INTERESTING_MISMATCH).format(**fmt)
    test = os.path.join(work, "interesting.sh")
    with open(test, "w") as f:
        f.write(script)
    os.chmod(test, 0o755)
    if subprocess.run([test], cwd=work, capture_output=True).returncode != 0:
        return "the unreduced program is not interesting under the UB-checking test"
    subprocess.run([tool, "--n", str(args.jobs), test, "program.c"], cwd=work,
                   capture_output=True)
    shutil.copy(os.path.join(work, "program.c"), os.path.join(d, "reduced.c"))
    return f"reduced to {os.path.join(d, 'reduced.c')}"


def main():
    ap = tool_parser(__doc__)
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--seed-base", type=int, default=1)
    ap.add_argument("--opts", default="-O0 -O2")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=10,
                    help="seconds a plain build may run (default 10)")
    ap.add_argument("--verbose2", action="store_true")
    ap.add_argument("--csmith-opts", default="",
                    help="extra csmith options, e.g. '--max-funcs 20'")
    ap.add_argument("--time-limit", type=float, default=0,
                    help="start no new program after this many seconds")
    ap.add_argument("--include", default=INCLUDE)
    ap.add_argument("--results")
    ap.add_argument("--keep", default=os.path.join(TOP, "build", "csmith"))
    ap.add_argument("--reduce", action="store_true",
                    help="reduce crashes and mismatches with cvise or creduce")
    args = parse_args(ap)
    plugin = find_plugin(args.cc, args.plugin, TOOL)
    ensure_csmith()
    args.keep = os.path.abspath(args.keep)
    args.opts = args.opts.split()
    args.csmith_opts = shlex.split(args.csmith_opts)
    args.plugin_flags = plugin_flags(plugin, promote=True,
                                     verbose=2 if args.verbose2 else None)
    version = subprocess.run(["csmith", "--version"], capture_output=True,
                             text=True).stdout.split("\n")[0]

    seeds = range(args.seed_base, args.seed_base + args.count)
    counts = {"pass": 0, "skip": 0, "crash": 0, "mismatch": 0, "report": 0}
    totals = {}
    lines = []
    problems = []
    not_run = 0
    start = time.monotonic()
    # Written as programs finish, so an interrupted campaign keeps its lines.
    resfile = open(args.results, "w") if args.results else None
    with tempfile.TemporaryDirectory() as tmp:
        def work(seed):
            if args.time_limit and time.monotonic() - start > args.time_limit:
                return seed, None               # not run: over the time limit
            try:
                return seed, check(seed, args, tmp)
            finally:
                shutil.rmtree(os.path.join(tmp, f"seed-{seed}"), ignore_errors=True)

        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            for seed, results in pool.map(work, seeds):
                if results is None:
                    not_run += 1
                    continue
                for opt, status, msg, dec in results:
                    counts[status] += 1
                    lines.append(f"{status.upper()} seed-{seed} {opt}")
                    if resfile:
                        resfile.write(lines[-1] + "\n")
                        resfile.flush()
                    if dec:
                        for k, v in dec.items():
                            totals[k] = totals.get(k, 0) + v
                    if msg:
                        print(f"{status.upper()}: {msg}", flush=True)
                    if status in ("crash", "mismatch"):  # not report: no reducer test
                        problems.append((seed, opt, status))
    elapsed = time.monotonic() - start
    if resfile:
        resfile.close()
    if args.reduce:
        for seed, opt, status in problems:
            d = os.path.join(args.keep, f"seed-{seed}{opt}")
            print(f"REDUCE: seed-{seed} {opt}: {reduce_case(d, status, opt, args)}",
                  flush=True)
    failed = counts["crash"] + counts["mismatch"] + counts["report"]
    ran = counts["pass"] + failed
    last = args.seed_base + args.count - 1 - not_run
    if not_run:
        print(f"csmith: time limit of {args.time_limit:.0f} s reached; {not_run} of "
              f"{args.count} programs not run")
    print(f"csmith ({version}; seeds {args.seed_base}..{last}; "
          f"{args.cc} {' '.join(args.opts)}; {' '.join(args.plugin_flags[1:])}): "
          f"{ran} ran, {counts['pass']} passed, {counts['crash']} crashes, "
          f"{counts['mismatch']} mismatches, {counts['report']} invalid reports, "
          f"{counts['skip']} skipped "
          f"(plain build failed, timed out or crashed); {elapsed:.0f} s")
    if totals:
        print(f"csmith: report records in passing builds: {totals.get('records', 0)} "
              f"({totals.get('local', 0)} locals, {totals.get('param', 0)} params, "
              f"{totals.get('heap', 0)} heap sites), {totals.get('noescape', 0)} "
              f"not escaping, {totals.get('promoted', 0)} promoted")
    print(f"csmith: {counts['pass']} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
