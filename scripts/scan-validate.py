#!/usr/bin/env python3
"""scan-validate - escape-scan on real projects against the plain build and the manual way.

For zlib (its own configure, then make), json-c (CMake) and libyaml
(autotools and libtool, 'autoreconf -fi' first), from Debian source
packages (fetched as scripts/real-projects.py does): each built from
clean, in turn, RUNS rounds of

  plain   the project's own build
  manual  the same with the plugin in CFLAGS (embed, report=, no-werror)
  scan    bin/escape-scan -- the plain build

and for json-c also 'replay', escape-scan --compile-commands on the plain
build's compile_commands.json.  Prints the median wall time of each and
its ratio to the plain build (issue 26's goal: scan at most 1.15 times
plain), and whether the scan's records equal the manual way's (linked
by escape-report link, configure's and CMake's test programs left out)
and the replay's the scan's.  Results go to docs/VALIDATION.md by hand.

  python3 scripts/scan-validate.py --plugin build/gcc/escape.so [--runs 3]
"""
import importlib.machinery
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import escape_common as common  # noqa: E402

TOOL = "scan-validate"
TOP = common.TOP
SCAN = os.path.join(TOP, "bin", "escape-scan")
REPORT = os.path.join(TOP, "bin", "escape-report")
JOBS = os.cpu_count() or 1
# Records of configure's and CMake's own test programs in the manual way.
TEST_PROGRAMS = re.compile(r'"file":"[^"]*(conftest|ztest|CMakeFiles/|CMakeC\w+\.c")')
# What a decision is, without the order of its "depends" (which can
# change with the compiler's command line, and with it the callee that
# link names as the reason).
DECISION = ("file", "line", "column", "function", "kind", "name", "escapes",
            "hazard", "promoted")


def real_projects():
    """scripts/real-projects.py as a module (its fetch of Debian sources)."""
    path = os.path.join(TOP, "scripts", "real-projects.py")
    loader = importlib.machinery.SourceFileLoader("real_projects", path)
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


# name: (Debian source package, set-up run once, the plain build from
# clean with CFLAGS=$EXTRA added the project's way, the folder the
# compiler runs in for the manual report's relative names)
PROJECTS = {
    "zlib": ("zlib", None,
             "make distclean >/dev/null 2>&1; CFLAGS=\"-O3 $EXTRA\" ./configure"
             " >/dev/null && make -j{jobs}", "."),
    "json-c": ("json-c", None,
               "rm -rf _b && cmake -S . -B _b -DCMAKE_EXPORT_COMPILE_COMMANDS=ON"
               " -DCMAKE_C_FLAGS=\"$EXTRA\" >/dev/null && cmake --build _b -j{jobs}",
               "."),
    "libyaml": ("libyaml", "autoreconf -fi >/dev/null 2>&1",
                "rm -rf _b && mkdir _b && cd _b && ../configure -q"
                " CFLAGS=\"-g -O2 $EXTRA\" && make -j{jobs}", "_b/src"),
}


def sh(script, cwd, extra=""):
    return ["env", f"EXTRA={extra}", "sh", "-c", f"cd {cwd} && {script}"]


def linked(tree, report, cdir, out):
    """The manual report linked, test programs' records left out first."""
    with open(report, encoding="utf-8") as f:
        kept = [ln for ln in f if not TEST_PROGRAMS.search(ln)]
    with open(f"{out}.in", "w", encoding="utf-8") as f:
        f.writelines(kept)
    common.measure(["python3", REPORT, "link", "--base-dir", tree,
                    "--compile-dir", os.path.join(tree, cdir), "-o", out,
                    f"{out}.in"], TOOL)
    return records(out)


def decisions(lines):
    return sorted(json.dumps([json.loads(ln).get(k) for k in DECISION])
                  for ln in lines)


def compare(a, b):
    """'same', or how A and B differ: in the decisions, or only in the
    order of dependencies and what link made of it."""
    if a == b:
        return "same"
    if decisions(a) == decisions(b):
        diff = len(set(a) - set(b))
        return (f"same decisions; {diff} records differ in the order of "
                "their dependencies and the reason link took from it")
    return f"DIFFER ({len(a)} and {len(b)} records)"


def records(path):
    with open(path, encoding="utf-8") as f:
        return sorted(f)


def commands(name, tree, plugin, work):
    _, _, build, _ = PROJECTS[name]
    build = build.format(jobs=JOBS)
    report = os.path.join(work, f"{name}-manual.jsonl")
    flags = " ".join(common.plugin_flags(plugin, report=report)
                     + ["-fplugin-arg-escape-embed",
                        "-fplugin-arg-escape-no-werror"])
    out = os.path.join(work, f"{name}-scan")
    cmds = {"plain": sh(build, tree),
            "manual": sh(f"rm -f {report}; {build}", tree, flags),
            "scan": sh(f"python3 {SCAN} --plugin {plugin} -o {out} -- "
                       f"sh -c '{build}'", tree)}
    if name == "json-c":
        cmds["replay"] = sh(f"python3 {SCAN} --plugin {plugin} -o {out}-replay"
                            f" -j {JOBS} --compile-commands _b/compile_commands.json",
                            tree)
    return cmds, report, out


def run_project(name, plugin, srcroot, work, runs, rp):
    package, setup, _, cdir = PROJECTS[name]
    tree, version = rp.fetch(package, srcroot)
    tree = os.path.abspath(tree)
    if setup and not os.path.exists(os.path.join(tree, "configure")):
        subprocess.run(["sh", "-c", setup], cwd=tree, check=True)
    cmds, report, out = commands(name, tree, plugin, work)
    # Once in order, for the records: the replay needs the plain build.
    for step in ("manual", "scan", "plain", "replay"):
        if step in cmds:
            common.measure(cmds[step], TOOL)
    manual = linked(tree, report, cdir, os.path.join(work, f"{name}-manual-linked.jsonl"))
    scanned = records(os.path.join(out, "records.jsonl"))
    lines = [f"{name} {version}: {len(scanned)} records, scan vs manual: "
             f"{compare(scanned, manual)}"]
    if "replay" in cmds:
        replayed = records(os.path.join(f"{out}-replay", "records.jsonl"))
        lines.append(f"  replay vs scan: {compare(replayed, scanned)}")
    times = common.interleaved(cmds, runs, TOOL)
    plain = statistics.median(m.wall for m in times["plain"])
    for step, ms in times.items():
        wall = statistics.median(m.wall for m in ms)
        lines.append(f"  {step:7} {wall:7.2f} s median of {runs}  "
                     f"{wall / plain:5.2f}x plain")
    return lines


def main():
    ap = common.tool_parser(__doc__)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", default=os.path.join(TOP, "build", "scan-validate"))
    ap.add_argument("--src", default=os.path.join(TOP, "build", "real", "src"))
    ap.add_argument("--projects", default=",".join(PROJECTS))
    args = common.parse_args(ap)
    plugin = common.find_plugin(args.cc, args.plugin, TOOL)
    rp = real_projects()
    names = args.projects.split(",")
    rp.ensure_deb_src([PROJECTS[n][0] for n in names])
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    work = os.path.abspath(args.work)
    for name in names:
        for line in run_project(name, plugin, args.src, work, args.runs, rp):
            print(line, flush=True)


if __name__ == "__main__":
    main()
