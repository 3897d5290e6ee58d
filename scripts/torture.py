#!/usr/bin/env python3
"""torture - run GCC's own torture tests with the plugin and promotion.

  scripts/torture.py [--cc gcc] [--plugin PATH] [--opts "-O0 -O2"]
                  [--suite execute|compile|both] [--subset N] [--jobs N]
                  [--verbose2] [--results FILE] [--keep DIR]

The tests come from Debian's gcc-12-source package (installed when
missing and run as root).  For gcc.c-torture/execute, every test is
compiled and run without the plugin, then with -fplugin=escape.so
-fplugin-arg-escape-promote (and verbose=2 with --verbose2); a test that
fails without the plugin is skipped.  With the plugin a test must compile
without an internal compiler error and exit as it did without it.  For
gcc.c-torture/compile, each file must compile with the plugin whenever
it compiles without it.  --subset N takes an evenly spread sample of N
files per suite.  Every compile uses -w, and -std=gnu17 (plus
-fpermissive from GCC 14 on), so that newer GCCs accept these old tests as
GCC 12 does.  Prints one line per problem, a summary and a closing
'N passed, N failed' line; exits 1 on any crash or wrong result.
"""
import concurrent.futures
import os
import subprocess
import sys
import tempfile

from escape_common import (TOP, extract_gcc_tests, find_plugin, is_ice, output_tail,
                           parse_args, plugin_flags, run, tool_parser)

TOOL = "torture"
PREFIX = "gcc/testsuite/gcc.c-torture/"


def extract(dest):
    """Unpack gcc.c-torture once into DEST (kept between runs)."""
    extract_gcc_tests(TOOL, dest, PREFIX)


def run_status(cmd, cwd, timeout):
    """(exit status or 'timeout', output) of CMD: escape_common.run
    without the time taken, so that two runs compare equal when they
    ended and printed alike."""
    return run(cmd, cwd, timeout)[:2]


def compile_failed(name, opt, rc, out):
    """(status, message) for a compile with the plugin that failed: a
    crash when it was an internal compiler error, else a wrong result."""
    kind = "crash" if is_ice(rc, out) else "wrong"
    return kind, f"{name} {opt}: compile failed ({rc}): {output_tail(out)}"


def dialect_flags(cc):
    """The tests are GCC 12's, written for the C GCC 12 accepts: C17
    (GCC 15 defaults to C23, where 'int f ();' is a prototype) and, from
    GCC 14 on, -fpermissive (implicit declarations and int/pointer
    conversions became errors).  Both are what GCC 11 to 13 do anyway."""
    try:
        out = subprocess.run([cc, "-dumpversion"], capture_output=True,
                             text=True, check=True).stdout
        major = int(out.split(".")[0])
    except (OSError, subprocess.CalledProcessError, ValueError):
        return []
    return ["-std=gnu17"] + (["-fpermissive"] if major >= 14 else [])


def check_execute(test, opt, args, work):
    """Returns (status, message): status is pass, skip, crash or wrong."""
    name = os.path.basename(test)
    base = [args.cc, opt, "-w"] + args.dialect + [test, "-lm"]
    plain_exe = os.path.join(work, "plain")
    rc, out = run_status(base + ["-o", plain_exe], work, 120)
    if rc != 0:
        return "skip", ""
    plain = run_status([plain_exe], work, 10)
    if plain[0] != 0:
        return "skip", ""
    # A test that prints addresses (return-addr.c) differs from run to
    # run: then only its exit status is compared.
    if run_status([plain_exe], work, 10) != plain:
        plain = (plain[0], None)
    plug_exe = os.path.join(work, "plugged")
    rc, out = run_status(base + args.plugin_flags + ["-o", plug_exe], work, 300)
    if rc != 0:
        return compile_failed(name, opt, rc, out)
    result = run_status([plug_exe], work, 10)
    if plain[1] is None:
        result = (result[0], None)
    if result != plain:
        return "wrong", f"{name} {opt}: exit {result[0]} with the plugin, {plain[0]} without"
    return "pass", ""


def check_compile(test, opt, args, work):
    name = os.path.basename(test)
    base = [args.cc, opt, "-w"] + args.dialect + ["-c", test, "-o",
                                                  os.path.join(work, "t.o")]
    rc, out = run_status(base, work, 120)
    if rc != 0:
        return "skip", ""
    rc, out = run_status(base + args.plugin_flags, work, 300)
    if rc != 0:
        return compile_failed(name, opt, rc, out)
    return "pass", ""


def sample(files, n):
    if not n or n >= len(files):
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def main():
    ap = tool_parser(__doc__)
    ap.add_argument("--opts", default="-O0 -O2")
    ap.add_argument("--suite", default="execute",
                    choices=["execute", "compile", "both"])
    ap.add_argument("--subset", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--verbose2", action="store_true")
    ap.add_argument("--results")
    ap.add_argument("--keep", default=os.path.join(TOP, "build", "torture"))
    args = parse_args(ap)
    plugin = find_plugin(args.cc, args.plugin, TOOL)
    args.plugin_flags = plugin_flags(plugin, promote=True,
                                     verbose=2 if args.verbose2 else None)
    args.dialect = dialect_flags(args.cc)
    src = os.path.join(args.keep, "src")
    extract(src)

    jobs = []
    suites = ["execute", "compile"] if args.suite == "both" else [args.suite]
    for suite in suites:
        d = os.path.join(src, suite)
        files = sorted(os.path.join(d, f) for f in os.listdir(d)
                       if f.endswith(".c"))
        for test in sample(files, args.subset):
            for opt in args.opts.split():
                jobs.append((suite, test, opt))

    counts = {"pass": 0, "skip": 0, "crash": 0, "wrong": 0}
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        def work(i_job):
            i, (suite, test, opt) = i_job
            wd = os.path.join(tmp, str(i))
            os.makedirs(wd, exist_ok=True)
            check = check_execute if suite == "execute" else check_compile
            return suite, test, opt, check(test, opt, args, wd)

        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            for suite, test, opt, (status, msg) in pool.map(work, enumerate(jobs)):
                counts[status] += 1
                name = f"{suite}/{os.path.basename(test)} {opt}"
                lines.append(f"{status.upper()} {name}")
                if msg:
                    print(f"{status.upper()}: {suite}/{msg}", flush=True)
    if args.results:
        with open(args.results, "w") as f:
            f.write("\n".join(lines) + "\n")
    ran = counts["pass"] + counts["crash"] + counts["wrong"]
    print(f"torture ({', '.join(suites)}; {args.cc} {args.opts}; "
          f"{' '.join(args.plugin_flags[1:])}): {ran} ran, "
          f"{counts['pass']} passed, {counts['crash']} crashes, "
          f"{counts['wrong']} wrong results, {counts['skip']} skipped "
          f"(fail without the plugin)")
    print(f"torture: {counts['pass']} passed, {counts['crash'] + counts['wrong']} failed")
    return 1 if counts["crash"] or counts["wrong"] else 0


if __name__ == "__main__":
    sys.exit(main())
