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
files per suite.  Prints one line per problem, a summary and a closing
'N passed, N failed' line; exits 1 on any crash or wrong result.
"""
import argparse
import concurrent.futures
import os
import signal
import subprocess
import sys
import tarfile
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = "/usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz"
PREFIX = "gcc/testsuite/gcc.c-torture/"


def ensure_source():
    if os.path.exists(SOURCE):
        return
    if os.geteuid() != 0:
        sys.exit(f"torture: {SOURCE} is missing; install it with "
                 "'sudo apt-get install gcc-12-source'")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "gcc-12-source"],
                   check=True, env=env)


def extract(dest):
    """Unpack gcc.c-torture once into DEST (kept between runs)."""
    stamp = os.path.join(dest, ".complete")
    if os.path.exists(stamp):
        return
    ensure_source()
    os.makedirs(dest, exist_ok=True)
    with tarfile.open(SOURCE) as tar:
        for member in tar:
            i = member.name.find(PREFIX)
            if i < 0 or not member.isfile():
                continue
            rel = member.name[i + len(PREFIX):]
            target = os.path.join(dest, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with tar.extractfile(member) as src, open(target, "wb") as out:
                out.write(src.read())
    open(stamp, "w").close()


def run(cmd, cwd, timeout):
    """Run CMD in its own process group, so that a timeout also ends the
    compiler proper (cc1) that the gcc driver started."""
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, start_new_session=True)
    try:
        out, _ = p.communicate(timeout=timeout)
        return p.returncode, out
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        return "timeout", b""


def is_ice(rc, out):
    return b"internal compiler error" in out or rc == 4 or (
        isinstance(rc, int) and rc < 0)


def check_execute(test, opt, args, work):
    """Returns (status, message): status is pass, skip, crash or wrong."""
    name = os.path.basename(test)
    base = [args.cc, opt, "-w", test, "-lm"]
    plain_exe = os.path.join(work, "plain")
    rc, out = run(base + ["-o", plain_exe], work, 120)
    if rc != 0:
        return "skip", ""
    plain = run([plain_exe], work, 10)
    if plain[0] != 0:
        return "skip", ""
    # A test that prints addresses (return-addr.c) differs from run to
    # run: then only its exit status is compared.
    if run([plain_exe], work, 10) != plain:
        plain = (plain[0], None)
    plug_exe = os.path.join(work, "plugged")
    rc, out = run(base + args.plugin_flags + ["-o", plug_exe], work, 300)
    if rc != 0:
        kind = "crash" if is_ice(rc, out) else "wrong"
        first = out.decode(errors="replace").strip().splitlines()[-3:]
        return kind, f"{name} {opt}: compile failed ({rc}): {' | '.join(first)}"
    result = run([plug_exe], work, 10)
    if plain[1] is None:
        result = (result[0], None)
    if result != plain:
        return "wrong", f"{name} {opt}: exit {result[0]} with the plugin, {plain[0]} without"
    return "pass", ""


def check_compile(test, opt, args, work):
    name = os.path.basename(test)
    base = [args.cc, opt, "-w", "-c", test, "-o", os.path.join(work, "t.o")]
    rc, out = run(base, work, 120)
    if rc != 0:
        return "skip", ""
    rc, out = run(base + args.plugin_flags, work, 300)
    if rc != 0:
        kind = "crash" if is_ice(rc, out) else "wrong"
        first = out.decode(errors="replace").strip().splitlines()[-3:]
        return kind, f"{name} {opt}: compile failed ({rc}): {' | '.join(first)}"
    return "pass", ""


def sample(files, n):
    if not n or n >= len(files):
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cc", default="gcc")
    ap.add_argument("--plugin")
    ap.add_argument("--opts", default="-O0 -O2")
    ap.add_argument("--suite", default="execute",
                    choices=["execute", "compile", "both"])
    ap.add_argument("--subset", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--verbose2", action="store_true")
    ap.add_argument("--results")
    ap.add_argument("--keep", default=os.path.join(TOP, "build", "torture"))
    # "--opts -O3" would read as an option: glue the value on.
    argv = sys.argv[1:]
    for i, a in enumerate(argv[:-1]):
        if a == "--opts":
            argv[i:i + 2] = [f"--opts={argv[i + 1]}"]
            break
    args = ap.parse_args(argv)
    plugin = os.path.abspath(args.plugin or os.path.join(
        TOP, "build", os.path.basename(args.cc), "escape.so"))
    if not os.path.exists(plugin):
        sys.exit(f"torture: no plugin at {plugin}; run 'make CC={args.cc}' first")
    args.plugin_flags = [f"-fplugin={plugin}", "-fplugin-arg-escape-promote"]
    if args.verbose2:
        args.plugin_flags.append("-fplugin-arg-escape-verbose=2")
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
