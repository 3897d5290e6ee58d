"""escape_common - what the Python test drivers and benchmarks share.

Used by scripts/csmith-check.py, scripts/torture.py, scripts/real-projects.py,
scripts/gcc-dg-check.py, scripts/sqlite-check.py, bench/scale.py, bench/compile-overhead.py and
bench/promote/run.py (the bench scripts put scripts/ on sys.path to
import it).  Python 3 standard library only.  bin/escape-report, the
user tool, stands alone and does not use it.

  tool_parser, parse_args     --cc and --plugin; '--opts -O3' as a value
  find_plugin, plugin_flags   the plugin 'make CC=...' built, its options
  run, is_ice, output_tail    a command with a timeout; an ICE; its message
  measure, interleaved        wall, CPU and memory; rounds of variants
  ensure_debs                 install missing Debian packages (as root)
  report_counts               what a JSON Lines report holds
  fetch_sqlite                the sqlite amalgamation, from npm
"""
import argparse
import collections
import glob
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import tarfile
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# --- command line -----------------------------------------------------------

def tool_parser(doc):
    """An argument parser described by the first line of DOC, with the
    options every driver takes: --cc (default gcc) and --plugin (default
    the escape.so that 'make CC=<cc>' builds; see find_plugin)."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--cc", default="gcc")
    ap.add_argument("--plugin",
                    help="default: build/<cc>/escape.so, as 'make CC=<cc>' builds it")
    return ap


def parse_args(ap, argv=None, glued=("--opt", "--opts")):
    """AP's parse of ARGV (default sys.argv[1:]), where the value of an
    option in GLUED may itself start with '-': argparse reads
    '--opts -O3' as an option -O3, so the value is glued on
    ('--opts=-O3')."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = []
    while argv:
        a = argv.pop(0)
        if a in glued and argv:
            a = f"{a}={argv.pop(0)}"
        out.append(a)
    return ap.parse_args(out)


# --- the plugin -------------------------------------------------------------

def find_plugin(cc, plugin, tool):
    """The absolute path of PLUGIN, or when it is None of the escape.so
    that 'make CC=CC' builds (build/<basename of CC>/escape.so).  Exits
    with a message naming TOOL when there is no such file."""
    path = os.path.abspath(plugin or os.path.join(
        TOP, "build", os.path.basename(cc), "escape.so"))
    if not os.path.exists(path):
        sys.exit(f"{tool}: no plugin at {path}; run 'make CC={cc}' first")
    return path


def plugin_flags(plugin, promote=False, verbose=None, report=None):
    """The compiler options that load PLUGIN, with promotion, a verbosity
    level and a report file when asked for."""
    flags = [f"-fplugin={plugin}"]
    if promote:
        flags.append("-fplugin-arg-escape-promote")
    if verbose is not None:
        flags.append(f"-fplugin-arg-escape-verbose={verbose}")
    if report is not None:
        flags.append(f"-fplugin-arg-escape-report={report}")
    return flags


# --- running commands -------------------------------------------------------

def run(cmd, cwd=None, timeout=None):
    """Runs CMD; returns (exit status or 'timeout', its output with
    stderr merged, as bytes, seconds taken).  A negative status is the
    signal that ended it.  CMD runs in its own process group, so that a
    timeout also ends the compiler proper (cc1) that the gcc driver
    started, or whatever else CMD started."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, start_new_session=True)
    try:
        out, _ = p.communicate(timeout=timeout)
        return p.returncode, out, time.monotonic() - start
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        return "timeout", b"", time.monotonic() - start


# What GCC prints when it crashes: its own internal errors, and a
# compiler proper killed by a signal ("cc1: internal compiler error:
# Segmentation fault"), both followed by the request for a bug report.
ICE_MARKERS = (b"internal compiler error", b"Please submit a full bug report")
# The gcc driver's exit status when the compiler proper crashed.
ICE_EXIT = 4


def is_ice(rc, out):
    """Whether a compile that ended with status RC (as run() returns it)
    and printed OUT (bytes) was an internal compiler error: GCC said so,
    the driver exited with its ICE status, or a signal ended it.  A
    timeout is not an ICE."""
    if any(m in out for m in ICE_MARKERS):
        return True
    return isinstance(rc, int) and (rc == ICE_EXIT or rc < 0)


def output_tail(out, lines=3):
    """The last LINES lines of OUT (bytes or str), joined by ' | ', for a
    one-line message."""
    if isinstance(out, bytes):
        out = out.decode(errors="replace")
    return " | ".join(out.strip().splitlines()[-lines:])


Measure = collections.namedtuple("Measure", "wall cpu peak out err")


def measure(cmd, tool):
    """Runs CMD to its end: a Measure of wall seconds, CPU seconds (user
    + system of CMD and the processes it waited for), peak memory (KiB,
    the largest resident set among them, from wait4), and its stdout and
    stderr (bytes).  Exits with a message naming TOOL if CMD fails."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if p.returncode != 0:
        sys.exit(f"{tool}: {' '.join(cmd)} failed ({p.returncode}):\n"
                 f"{stderr.decode(errors='replace')[-2000:]}")
    return Measure(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, stdout, stderr)


def interleaved(cmds, runs, tool, before=None):
    """Measures each command of CMDS (a dict: name -> argv) RUNS times,
    in turn, round after round, so that drift on a busy machine hits them
    all alike; calls BEFORE(), when given, before each.  Returns
    name -> [Measure, one per round]."""
    res = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            if before:
                before()
            res[name].append(measure(cmd, tool))
    return res


# --- set-up -----------------------------------------------------------------

def ensure_debs(tool, packages, present):
    """Makes sure PRESENT() is true, installing the Debian PACKAGES with
    apt-get when it is not.  Not as root, exits with the command to run,
    as scripts/ensure-deps does."""
    if present():
        return
    names = " ".join(packages)
    if os.geteuid() != 0:
        sys.exit(f"{tool}: missing Debian packages: {names}; install them with "
                 f"'sudo apt-get install {names}'")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends"]
                   + list(packages), check=True, env=env)


# --- the plugin's report ----------------------------------------------------

def read_records(path):
    """The records of the JSON Lines report at PATH, as (records, bad):
    RECORDS the lines that are JSON objects, BAD the others.  Raises
    OSError when the report cannot be read."""
    records, bad = [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                r = json.loads(line)
            except ValueError:
                r = None
            if isinstance(r, dict):
                records.append(r)
            else:
                bad.append(line)
    return records, bad


def report_counts(path):
    """What the JSON Lines report at PATH holds, as (counts, not_promoted,
    bad): COUNTS has 'records', one count per kind ('local', 'heap',
    'param'), '<kind> noescape' and '<kind> promoted' per kind,
    'noescape' and 'promoted' over all kinds, and 'invalid' lines;
    NOT_PROMOTED counts the reasons heap sites were not promoted; BAD
    lists the lines that are not JSON objects.  Raises OSError when the
    report cannot be read."""
    counts = collections.Counter()
    not_promoted = collections.Counter()
    records, bad = read_records(path)
    if bad:
        counts["invalid"] = len(bad)
    for r in records:
        kind = r.get("kind", "?")
        counts["records"] += 1
        counts[kind] += 1
        if r.get("escapes") is False:
            counts["noescape"] += 1
            counts[f"{kind} noescape"] += 1
        if r.get("promoted"):
            counts["promoted"] += 1
            counts[f"{kind} promoted"] += 1
        elif kind == "heap" and r.get("not_promoted"):
            not_promoted[r["not_promoted"]] += 1
    return counts, not_promoted, bad


# --- sqlite -----------------------------------------------------------------

SQLITE_MEMBERS = ("package/deps/sqlite3/sqlite3.c", "package/deps/sqlite3/sqlite3.h",
                  "package/package.json")
# As the amalgamation is built for a plain C program: no extension loading.
SQLITE_DEFINES = ["-DSQLITE_OMIT_LOAD_EXTENSION", "-DSQLITE_DEFAULT_MEMSTATUS=0"]


def fetch_sqlite(work, tool):
    """The directory holding sqlite3.c, sqlite3.h and the package.json of
    the npm package better-sqlite3 it comes from, fetched once with
    'npm pack' into WORK/src (never committed)."""
    src = os.path.join(work, "src")
    if os.path.exists(os.path.join(src, "sqlite3.c")):
        return src
    if not shutil.which("npm"):
        sys.exit(f"{tool}: npm is missing; install it with 'sudo apt-get install npm'")
    os.makedirs(work, exist_ok=True)
    for old in glob.glob(os.path.join(work, "better-sqlite3-*.tgz")):
        os.remove(old)
    subprocess.run(["npm", "pack", "--silent", "better-sqlite3"], cwd=work,
                   check=True, stdout=subprocess.DEVNULL)
    tgz = glob.glob(os.path.join(work, "better-sqlite3-*.tgz"))[0]
    os.makedirs(src, exist_ok=True)
    with tarfile.open(tgz) as tar:
        for name in SQLITE_MEMBERS:
            with tar.extractfile(name) as f, \
                    open(os.path.join(src, os.path.basename(name)), "wb") as out:
                out.write(f.read())
    return src


# --- GCC's own tests (Debian's gcc-12-source) --------------------------------

GCC_SOURCE = "/usr/src/gcc-12/gcc-12.2.0-dfsg.tar.xz"


def extract_gcc_tests(tool, dest, prefix, keep=None):
    """Unpack the files of GCC_SOURCE under PREFIX (e.g.
    "gcc/testsuite/gcc.c-torture/") into DEST, once (a stamp file marks a
    complete unpack), installing gcc-12-source when it is missing.  KEEP,
    when given, is asked of each path below PREFIX and says whether to
    unpack it."""
    stamp = os.path.join(dest, ".complete")
    if os.path.exists(stamp):
        return
    ensure_debs(tool, ["gcc-12-source"], lambda: os.path.exists(GCC_SOURCE))
    os.makedirs(dest, exist_ok=True)
    with tarfile.open(GCC_SOURCE) as tar:
        for member in tar:
            i = member.name.find(prefix)
            if i < 0 or not member.isfile():
                continue
            rel = member.name[i + len(prefix):]
            if keep and not keep(rel):
                continue
            target = os.path.join(dest, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with tar.extractfile(member) as src, open(target, "wb") as out:
                out.write(src.read())
    open(stamp, "w").close()
