#!/usr/bin/env python3
"""real-projects - real C projects built and tested with the plugin loaded.

  scripts/real-projects.py [--cc gcc] [--plugin PATH] [--work DIR]
                           [--projects lmdb,zlib,json-c,redis] [--list]

Each project's source comes from its Debian source package ('apt-get
source', into WORK/src, default build/real/src; never committed), so the
versions are those of the host's Debian release.  When apt knows no
source packages, a file /etc/apt/sources.list.d/escape-deb-src.sources is
written as root: a copy of the host's deb822 sources with 'Types: deb'
read as 'deb-src' (the same mirrors and suites), and apt-get update runs.
Not as root, it prints what to do instead.  dpkg-dev (to unpack), cmake
(json-c's build system) and tcl (redis's test suite) are installed when
missing, as root.

Every project is built twice from a fresh copy, with its own build system
(make, configure, cmake) and its own compiler flags, adding to CFLAGS
  -fplugin=PLUGIN -fplugin-arg-escape-no-werror -fplugin-arg-escape-report=FILE
and a project's own plugin options (redis: its allocators, allocator=),
and then the same plus -fplugin-arg-escape-promote; each time its own test
suite must pass, and with promotion it must give the same result (the
counts of tests passed and failed) as without.  no-werror keeps the
project's -Werror (json-c has one) from turning the plugin's warnings into
errors.  Reports written by configure probes are discarded before the
build.

Prints per project and variant the plugin's warnings (distinct ones and
all diagnostics, as a file compiled twice -- static and shared -- warns
twice), report records (all, and distinct), distinct records with
"outlives": true (which must be as many as the distinct warnings), heap
sites and how many were promoted with a constant size and with a heap
fallback (a variable size: the report's "fallback"), the commonest
not_promoted reasons, the test suite's result and whether it passed; with
--list, every distinct warning with its flow notes, for reading.  Build logs, reports and the warning lists
stay in WORK/<variant>/<project>/.  Closes with 'N passed, N failed' over
the builds and test runs (an internal compiler error fails the build);
exits 1 on a failure.
"""
import collections
import functools
import glob
import json
import os
import re
import shutil
import subprocess
import sys

from escape_common import (TOP, ensure_debs, find_plugin, is_ice, output_tail,
                           parse_args, read_records, run, tool_parser)

TOOL = "real-projects"
SRC_LIST = "/etc/apt/sources.list.d/escape-deb-src.sources"
TIMEOUT = 1800


def lmdb_steps(cc, cflags):
    # The Makefile's own CFLAGS (-pthread -O2 -g -W -Wall ...) end with
    # $(XCFLAGS), the hook for extra flags; 'make test' runs mtest and
    # mdb_stat on a fresh database.
    d = "libraries/liblmdb"
    mk = ["make", "-j1", f"CC={cc}", f"XCFLAGS={cflags}"]
    return [("build", d, mk), ("test", d, mk + ["test"])]


def zlib_steps(cc, cflags):
    # configure's default CFLAGS for gcc is -O3 (it keeps any CFLAGS
    # given instead), so -O3 is kept in front; 'make test' runs example
    # and minigzip, static and shared.
    env = {"CC": cc, "CFLAGS": "-O3 " + cflags}
    return [("configure", ".", ["./configure"], env),
            ("build", ".", ["make", "-j1"]),
            ("test", ".", ["make", "-j1", "test"])]


def jsonc_steps(cc, cflags):
    # CMakeLists.txt adds -Werror -Wall -Wextra ... after CMAKE_C_FLAGS
    # and defaults to CMAKE_BUILD_TYPE=debug; the tests are ctest's.
    return [("configure", ".", ["cmake", "-S", ".", "-B", "_build",
                                f"-DCMAKE_C_COMPILER={cc}", f"-DCMAKE_C_FLAGS={cflags}"]),
            ("build", ".", ["cmake", "--build", "_build", "-j1"]),
            ("test", "_build", ["ctest", "--output-on-failure"])]


# redis's own suite (tests/test_helper.tcl lists 90 units) without its
# integration/ units (replication, AOF and RDB loading, the
# corrupt-dump fuzzer, which runs for a fixed time on random input): the
# 59 unit/ units, about 2,400 tests in 5 minutes on 2 cores.
REDIS_UNITS = ("sed -n '/^set ::all_tests {/,/^}/p' tests/test_helper.tcl"
               " | grep -o 'unit/[^ ]*' | sed 's/^/--single /'")
# A test Debian's patch for CVE-2026-25243 adds to tests/unit/dump.tcl
# fails with redis built without the plugin too: its payload's CRC of
# zeros is refused first ('DUMP payload version or checksum are wrong',
# not 'Bad data format').
REDIS_SKIP = ("RESTORE fail with invalid payload size",)


def redis_steps(cc, cflags):
    # src/Makefile adds REDIS_CFLAGS to redis's own files only (deps/:
    # hiredis, lua, linenoise, hdr_histogram get CFLAGS, untouched).
    # MALLOC=libc: the bundled jemalloc does not link in Debian's tree
    # (its patch 0004 tests '#if USE_SYSTEM_JEMALLOC == yes', true when
    # neither is defined, so zmalloc.c calls mallctl, not je_mallctl).
    # Both cores: redis has about 10 times the code of the others.  The
    # tests start redis-servers on 127.0.0.1, ports from 21111.
    mk = ["make", f"-j{os.cpu_count() or 1}", "MALLOC=libc", f"CC={cc}",
          f"REDIS_CFLAGS={cflags}"]
    skip = "".join(f" --skiptest '{t}'" for t in REDIS_SKIP)
    test = ["sh", "-c", f"exec ./runtest --clients 4 --timeout 600{skip} $({REDIS_UNITS})"]
    return [("build", ".", mk), ("test", ".", test)]


# redis's allocators (src/zmalloc.h), each freed by zfree: zmalloc and
# ztrymalloc (size_t: like malloc), zcalloc and ztrycalloc (size_t:
# zeroed), zstrdup (const char *: like strdup).  Not named: zcalloc_num
# (two sizes and no alloc_size: not promotable), the *_usable variants
# (they also write the usable size through a pointer), zrealloc
# (resizes), zmalloc_no_tcache/zfree_no_tcache (jemalloc only, for
# defragmentation), zlibc_free (frees libc's memory, not zmalloc's).
REDIS_ALLOCATORS = "zmalloc:zfree,ztrymalloc:zfree,zcalloc:zfree,ztrycalloc:zfree,zstrdup:zfree"


def runtest_result(text):
    """redis's runtest: '[ok]: ...' and '[err]: ...' per test,
    '[exception]:' when the suite itself stops; in colour, even into a
    pipe."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    ok = len(re.findall(r"^\[ok\]: ", text, re.M))
    err = len(re.findall(r"^\[(?:err|exception)\]: ", text, re.M))
    return f"{ok} passed, {err} failed"


def ctest_result(text):
    m = re.search(r"(\d+)% tests passed, (\d+) tests failed out of (\d+)", text)
    return f"{int(m[3]) - int(m[2])} passed, {m[2]} failed" if m else "no ctest summary"


def exit_result(text):
    """Suites that only report through their exit status (LMDB, zlib)."""
    return "exit 0"


# name: (Debian source package, steps, the test suite's result from its
# output, the project's own plugin options)
PROJECTS = collections.OrderedDict([
    ("lmdb", ("lmdb", lmdb_steps, exit_result, [])),
    ("zlib", ("zlib", zlib_steps, exit_result, [])),
    ("json-c", ("json-c", jsonc_steps, ctest_result, [])),
    ("redis", ("redis", redis_steps, runtest_result,
               [f"-fplugin-arg-escape-allocator={REDIS_ALLOCATORS}"])),
])

VARIANTS = (("report", []), ("promote", ["-fplugin-arg-escape-promote"]))

WARNING = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): warning: "
                     r"address of ['\u2018](?P<name>[^'\u2019]*)['\u2019] escapes: (?P<why>.*)$")
NOTE = re.compile(r"^[^:\s]+:\d+:\d+: note: flow: ")


def sh_out(cmd):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True).stdout


def have_source(package):
    return "Package: " in sh_out(["apt-cache", "showsrc", package])


def ensure_deb_src(packages):
    """apt knows the source PACKAGES, or deb-src lines are added for the
    host's own sources (as root)."""
    if all(have_source(p) for p in packages):
        return
    if os.geteuid() != 0:
        sys.exit(f"{TOOL}: apt knows no source packages for {' '.join(packages)}; "
                 f"as root, add 'deb-src' to the Types: of /etc/apt/sources.list.d/*.sources "
                 f"(or run this script as root, which writes {SRC_LIST}) and run apt-get update")
    stanzas = []
    for path in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")):
        if path == SRC_LIST:
            continue
        with open(path) as f:
            for stanza in f.read().split("\n\n"):
                lines = stanza.strip().splitlines()
                if any(re.match(r"Types:.*\bdeb\b", ln) for ln in lines) and \
                        not any(re.match(r"Enabled:\s*no", ln, re.I) for ln in lines):
                    stanzas.append("\n".join("Types: deb-src" if ln.startswith("Types:") else ln
                                             for ln in lines))
    if not stanzas:
        sys.exit(f"{TOOL}: no deb822 sources in /etc/apt/sources.list.d/ to derive "
                 f"deb-src from; add deb-src lines for {' '.join(packages)} by hand")
    with open(SRC_LIST, "w") as f:
        f.write(f"# Written by escape's scripts/real-projects.py: the host's sources as deb-src.\n"
                + "\n\n".join(stanzas) + "\n")
    print(f"{TOOL}: wrote {SRC_LIST}; apt-get update", flush=True)
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    missing = [p for p in packages if not have_source(p)]
    if missing:
        sys.exit(f"{TOOL}: apt still knows no source package for {' '.join(missing)}")


def source_versions(package):
    """The versions of source package PACKAGE the apt index lists, newest
    first."""
    rc, out, _ = run(["apt-cache", "showsrc", package])
    versions = []
    name = None
    for line in out.decode(errors="replace").splitlines() if rc == 0 else []:
        if line.startswith("Package: "):
            name = line.split()[1]
        elif line.startswith("Version: ") and name == package:
            versions.append(line.split()[1])
    key = functools.cmp_to_key(lambda a, b: -1 if run(
        ["dpkg", "--compare-versions", a, "lt", b])[0] == 0 else 1)
    return sorted(set(versions), key=key, reverse=True)


def fetch(package, srcroot):
    """The unpacked source tree of PACKAGE under SRCROOT and its Debian
    version, running 'apt-get source' once."""
    marker = os.path.join(srcroot, f".{package}.complete")
    if not os.path.exists(marker):
        os.makedirs(srcroot, exist_ok=True)
        for old in glob.glob(os.path.join(srcroot, f"{package}[-_]*")):
            shutil.rmtree(old) if os.path.isdir(old) else os.remove(old)
        rc, out, _ = run(["apt-get", "source", "-qq", package], cwd=srcroot)
        # A security update's source can be missing from the mirror while
        # the index names it: take the newest other version the index has.
        for version in source_versions(package)[1:] if rc != 0 else []:
            rc, _, _ = run(["apt-get", "source", "-qq", f"{package}={version}"],
                           cwd=srcroot)
            if rc == 0:
                break
        if rc != 0:
            sys.exit(f"{TOOL}: apt-get source {package} failed: {output_tail(out, 5)}")
        dsc = glob.glob(os.path.join(srcroot, f"{package}_*.dsc"))
        if len(dsc) != 1:
            sys.exit(f"{TOOL}: apt-get source {package} left {len(dsc)} .dsc files")
        version = os.path.basename(dsc[0])[len(package) + 1:-len(".dsc")]
        upstream = version.split(":")[-1].rsplit("-", 1)[0]
        tree = os.path.join(srcroot, f"{package}-{upstream}")
        if not os.path.isdir(tree):
            sys.exit(f"{TOOL}: apt-get source {package} did not unpack into {tree}")
        with open(marker, "w") as f:
            f.write(f"{version}\n{os.path.basename(tree)}\n")
    with open(marker) as f:
        version, tree = f.read().split()
    return os.path.join(srcroot, tree), version


FUNCTION = re.compile(r"^[^:\s]+: In function ['\u2018](?P<fn>[^'\u2019]*)['\u2019]:$")


def parse_warnings(text, top):
    """The plugin's warnings in build output TEXT: a list of (place, why,
    flow notes), one per diagnostic.  PLACE is 'file:line:col: name (in
    function; taken at L)': a local declared in a macro is reported at the
    macro's line, so the function and the line where its address is taken
    (the first flow note) tell two expansions apart.  Files are relative
    to the source tree TOP when under it."""
    def rel(f):
        f = os.path.normpath(f)
        return f[len(top) + 1:] if f.startswith(top + os.sep) else f

    out = []
    lines = text.splitlines()
    fn = "?"
    for i, ln in enumerate(lines):
        m = FUNCTION.match(ln)
        if m:
            fn = m["fn"]
            continue
        m = WARNING.match(ln)
        if not m:
            continue
        notes = []
        for nxt in lines[i + 1:]:
            if NOTE.match(nxt):
                notes.append(nxt.replace(top + os.sep, ""))
            elif ": note: " in nxt or nxt.startswith(" "):
                continue
            else:
                break
        taken = re.search(r"taken at (\S+)", notes[0]) if notes else None
        where = f"; taken at {rel(taken[1])}" if taken else ""
        out.append((f"{rel(m['file'])}:{m['line']}:{m['col']}: {m['name']} (in {fn}{where})",
                    m["why"], notes))
    return out


def build_one(name, tree, steps, result, cc, flags, outdir):
    """Builds a fresh copy of TREE in OUTDIR/src with STEPS; returns a dict
    of what happened."""
    work = os.path.join(outdir, "src")
    if os.path.exists(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    shutil.copytree(tree, work, symlinks=True)
    report = os.path.join(outdir, "report.jsonl")
    cflags = " ".join(flags + [f"-fplugin-arg-escape-report={report}"])
    res = {"built": False, "tested": False, "ice": False, "log": os.path.join(outdir, "build.log"),
           "result": "not run"}
    text = ""
    with open(res["log"], "wb") as log:
        for step in steps(cc, cflags):
            what, sub, cmd = step[:3]
            # LC_ALL=C: GCC quotes with ASCII quotes, as WARNING expects.
            env = dict(os.environ, LC_ALL="C", **(step[3] if len(step) > 3 else {}))
            log.write(f"$ (cd {sub} && {' '.join(cmd)})\n".encode())
            p = subprocess.run(cmd, cwd=os.path.join(work, sub), env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, timeout=TIMEOUT, start_new_session=True)
            log.write(p.stdout)
            log.flush()
            if what == "configure" and os.path.exists(report):
                os.remove(report)      # configure's probes, not the project
            if what != "test":
                text += p.stdout.decode(errors="replace") + "\n"
            else:
                res["result"] = result(p.stdout.decode(errors="replace"))
            if is_ice(p.returncode, p.stdout):
                res["ice"] = True
            if p.returncode != 0:
                res["failed"] = f"{what} exited {p.returncode}: {output_tail(p.stdout, 5)}"
                break
            if what == "build":
                res["built"] = True
            if what == "test":
                res["tested"] = True
    res["warnings"] = parse_warnings(text, work)
    good, bad = read_records(report) if os.path.exists(report) else ([], [])
    res["records"] = len(good) + len(bad)
    res["invalid"] = len(bad)
    key = lambda r: (r.get("file"), r.get("line"), r.get("column"), r.get("function"),
                     r.get("kind"), r.get("name"))
    res["distinct_records"] = len({key(r) for r in good})
    res["outlives"] = sorted({key(r) for r in good if r.get("outlives")}, key=str)
    res["heap"] = len({key(r) for r in good if r.get("kind") == "heap"})
    res["promoted"] = len({key(r) for r in good if r.get("promoted") and not r.get("fallback")})
    res["fallback"] = len({key(r) for r in good if r.get("promoted") and r.get("fallback")})
    # A file compiled twice (static and shared) has its records twice.
    reasons = {key(r): r["not_promoted"] for r in good
               if r.get("kind") == "heap" and r.get("not_promoted")}
    res["reasons"] = collections.Counter(reasons.values()).most_common()
    with open(os.path.join(outdir, "warnings.txt"), "w") as f:
        seen = set()
        for place, why, notes in res["warnings"]:
            if place in seen:
                continue
            seen.add(place)
            f.write(f"{place}: {why}\n" + "".join(f"    {n}\n" for n in notes))
    with open(os.path.join(outdir, "outlives.jsonl"), "w") as f:
        for r in good:
            if r.get("outlives"):
                f.write(json.dumps(r) + "\n")
    return res


def main():
    ap = tool_parser(__doc__)
    ap.add_argument("--work", default=os.path.join(TOP, "build", "real"))
    ap.add_argument("--projects", default=",".join(PROJECTS))
    ap.add_argument("--list", action="store_true",
                    help="print every distinct warning with its flow notes")
    args = parse_args(ap)
    names = [p for p in args.projects.split(",") if p]
    for p in names:
        if p not in PROJECTS:
            sys.exit(f"{TOOL}: unknown project '{p}'; known: {', '.join(PROJECTS)}")
    plugin = find_plugin(args.cc, args.plugin, TOOL)
    work = os.path.abspath(args.work)
    need = (["dpkg-dev"] + (["cmake"] if "json-c" in names else [])
            + (["tcl"] if "redis" in names else []))
    ensure_debs(TOOL, need, lambda: shutil.which("dpkg-source") and
                ("json-c" not in names or shutil.which("cmake")) and
                ("redis" not in names or shutil.which("tclsh")))
    ensure_deb_src([PROJECTS[p][0] for p in names])
    print(f"{TOOL}: {sh_out([args.cc, '--version']).splitlines()[0]}; plugin {plugin}", flush=True)

    ok, bad = 0, 0
    table = []
    for name in names:
        package, steps, result, own = PROJECTS[name]
        tree, version = fetch(package, os.path.join(work, "src"))
        results = {}
        for variant, extra in VARIANTS:
            flags = [f"-fplugin={plugin}", "-fplugin-arg-escape-no-werror"] + own + extra
            outdir = os.path.join(work, variant, name)
            res = build_one(name, tree, steps, result, args.cc, flags, outdir)
            results[variant] = res["result"]
            places = sorted({w[0] for w in res["warnings"]})
            # The compiler warns for exactly the records with "outlives": true.
            agree = len(places) == len(res["outlives"])
            # Promotion must not change the tests' result.
            same = results[variant] == results[VARIANTS[0][0]]
            passed = (res["built"] and res["tested"] and not res["ice"] and not res["invalid"]
                      and agree and same)
            if passed:
                ok += 1
            else:
                bad += 1
                why = res.get("failed", "")
                if res["ice"]:
                    why = "internal compiler error; " + why
                if res["invalid"]:
                    why += f"; {res['invalid']} invalid report lines"
                if not agree:
                    why += (f"; {len(places)} distinct warnings but {len(res['outlives'])} "
                            f"records with outlives: true")
                if not same:
                    why += (f"; tests: {res['result']}, without promotion "
                            f"{results[VARIANTS[0][0]]}")
                print(f"FAIL: {name} ({variant}): {why} (log {res['log']})", flush=True)
            table.append((name, version, variant, len(places), len(res["warnings"]),
                          res["records"], res["distinct_records"], len(res["outlives"]),
                          res["heap"], res["promoted"], res["fallback"], res["result"],
                          "yes" if passed else "NO"))
            print(f"{name} {version} ({variant}): {len(places)} warnings "
                  f"({len(res['warnings'])} diagnostics), {res['records']} records "
                  f"({res['distinct_records']} distinct), {len(res['outlives'])} outlives, "
                  f"heap sites {res['heap']}, promoted {res['promoted']} constant and "
                  f"{res['fallback']} with fallback, tests {res['result']}: "
                  f"{'passed' if passed else 'FAILED'}", flush=True)
            print("  not promoted: " + (", ".join(f"{why} {n}" for why, n in res["reasons"][:5])
                                        or "none"), flush=True)
            print(f"  warnings with their flow: {os.path.join(outdir, 'warnings.txt')}; "
                  f"outlives records: {os.path.join(outdir, 'outlives.jsonl')}", flush=True)
            if args.list and variant == "report":
                with open(os.path.join(outdir, "warnings.txt")) as f:
                    sys.stdout.write(f.read())

    print()
    head = ("project", "version", "variant", "warnings", "diagnostics", "records",
            "distinct", "outlives", "heap sites", "promoted", "fallback", "test result", "ok")
    print(" | ".join(head))
    for row in table:
        print(" | ".join(str(c) for c in row))
    print(f"{ok} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
