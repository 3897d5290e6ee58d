#!/usr/bin/env python3
"""whole-program - what `escape-report link` settles on real multi-file projects.

  scripts/whole-program.py [--cc gcc] [--plugin PATH] [--work DIR]
                           [--projects lmdb,zlib,json-c[,redis]]

Builds each project of scripts/real-projects.py (its Debian source
package, its own build system and test suite) with the plugin and
-fplugin-arg-escape-embed, then reads the objects and archives the build
left (every *.o and *.a below the build tree that carries .escape records)
with bin/escape-report link,
and prints per project:

  - records, and the escapes with reason "call" before link, how many of
    them carry "depends" (they escape only through calls to functions of
    other files), and how many link settles (no longer escaping) or
    explains with a callee's reason;
  - decisions escaping before and after link;
  - hazards only link finds (locals another file's function keeps), and
    how many of them are definite;
  - the .escape sections' bytes against the objects' bytes;
  - link's wall time and peak memory (resident set) against the
    project's build time, for two runs, whose outputs (records and
    messages) must be byte-identical.

Builds, objects and the linked records stay in WORK/<project>/.  Exits
non-zero when a build, its tests or link fail.
"""
import filecmp
import glob
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bin"))
from escape_common import TOP, ensure_debs, find_plugin, parse_args, tool_parser  # noqa: E402
import escape_inputs  # noqa: E402

TOOL = "whole-program"
spec = importlib.util.spec_from_file_location(
    "real_projects", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                  "real-projects.py"))
real = importlib.util.module_from_spec(spec)
spec.loader.exec_module(real)


def has_section(path):
    """Does PATH (an object or archive) carry .escape records?"""
    with open(path, "rb") as f:
        data = f.read()
    try:
        return bool(escape_inputs.sections(path, data))
    except escape_inputs.InputError:
        return False


def binaries(tree):
    """The objects and static archives a build left below TREE that carry
    .escape records (redis's bundled libraries in deps/ are built without
    the plugin), and how many others there were."""
    out = []
    for pattern in ("*.o", "*.a"):
        out += glob.glob(os.path.join(tree, "**", pattern), recursive=True)
    found = sorted(p for p in out if os.path.isfile(p))
    kept = [p for p in found if has_section(p)]
    return kept, len(found) - len(kept)


def section_bytes(paths):
    """Bytes of .escape sections and of the files, over the objects."""
    sec = total = 0
    for p in paths:
        if not p.endswith(".o"):
            continue
        with open(p, "rb") as f:
            data = f.read()
        total += len(data)
        if data.startswith(escape_inputs.ELF_MAGIC):
            s = escape_inputs.elf_section(data, p)
            sec += len(s) if s else 0
    return sec, total


def measure(records_before, records_after):
    def norm(path):
        # As escape-report names files: relative to the current directory
        # when below it.
        rel = os.path.relpath(os.path.abspath(path))
        return os.path.abspath(path) if rel.startswith("..") else rel
    key = lambda r: (norm(r["file"]), r["line"], r["column"], r["function"], r["kind"],
                     r["name"])
    before = {key(r): r for r in records_before}
    after = {key(r): r for r in records_after}
    calls = [k for k, r in before.items() if r.get("escapes") and r.get("reason") == "call"]
    dep = [k for k in calls if before[k].get("depends")]
    settled = [k for k in calls if k in after and not after[k].get("escapes")]
    explained = [k for k in calls if k in after and after[k].get("escapes")
                 and after[k].get("reason") != "call"]
    hazards = [k for k in after if after[k].get("outlives")
               and not before.get(k, {}).get("outlives")]
    definite = [k for k in hazards if after[k].get("hazard") == "definite"]
    return {"records": len(before), "call": len(calls), "depends": len(dep),
            "settled": len(settled), "explained": len(explained),
            "escaping_before": sum(1 for r in before.values() if r.get("escapes")),
            "escaping_after": sum(1 for r in after.values() if r.get("escapes")),
            "hazards": len(hazards), "definite": len(definite),
            "hazard_list": [f"{k[0]}:{k[1]}: '{k[5]}' in {k[3]} "
                            f"({after[k].get('hazard')})" for k in hazards]}


def run_link(inputs, out):
    """bin/escape-report link on INPUTS; its records, wall seconds and
    peak resident kilobytes."""
    tool = os.path.join(TOP, "bin", "escape-report")
    # A process of its own, so that its peak is link's, not the build's.
    wrapper = ("import resource, subprocess, sys\n"
               "p = subprocess.run(sys.argv[1:])\n"
               "print('peak', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
               "sys.exit(p.returncode)\n")
    start = time.monotonic()
    p = subprocess.run([sys.executable, "-c", wrapper, sys.executable, tool, "link",
                        "-o", out] + inputs,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wall = time.monotonic() - start
    if p.returncode != 0:
        sys.exit(f"{TOOL}: link failed: {p.stdout[-2000:]}")
    peak = int(p.stdout.rsplit("peak ", 1)[1].split()[0])
    with open(out) as f:
        return [json.loads(line) for line in f], wall, peak, p.stdout


def read_inputs(inputs):
    return [rec for path in inputs for _, rec in escape_inputs.read_records(path)]


def main():
    ap = tool_parser(__doc__)
    ap.add_argument("--work", default=os.path.join(TOP, "build", "whole"))
    ap.add_argument("--projects", default="lmdb,zlib,json-c")
    args = parse_args(ap)
    names = [p for p in args.projects.split(",") if p]
    for p in names:
        if p not in real.PROJECTS:
            sys.exit(f"{TOOL}: unknown project '{p}'; known: {', '.join(real.PROJECTS)}")
    plugin = find_plugin(args.cc, args.plugin, TOOL)
    work = os.path.abspath(args.work)
    ensure_debs(TOOL, ["dpkg-dev", "cmake"], lambda: shutil.which("dpkg-source")
                and shutil.which("cmake"))
    real.ensure_deb_src([real.PROJECTS[p][0] for p in names])
    failed = 0
    rows = []
    for name in names:
        package, steps, result, extra = real.PROJECTS[name]
        tree, version = real.fetch(package, os.path.join(TOP, "build", "real", "src"))
        outdir = os.path.join(work, name)
        flags = [f"-fplugin={plugin}", "-fplugin-arg-escape-no-werror",
                 "-fplugin-arg-escape-embed"] + extra
        start = time.monotonic()
        res = real.build_one(name, tree, steps, result, args.cc, flags, outdir)
        build_wall = time.monotonic() - start
        if not (res["built"] and res["tested"]) or res["ice"]:
            failed += 1
            print(f"FAIL: {name}: {res.get('failed', 'internal compiler error')} "
                  f"(log {res['log']})", flush=True)
            continue
        inputs, without = binaries(os.path.join(outdir, "src"))
        before = read_inputs(inputs)
        after, wall, peak, out = run_link(inputs, os.path.join(outdir, "whole.jsonl"))
        # Link is deterministic: a second run writes the same bytes.
        _, wall2, peak2, out2 = run_link(inputs, os.path.join(outdir, "whole-2.jsonl"))
        same = filecmp.cmp(os.path.join(outdir, "whole.jsonl"),
                           os.path.join(outdir, "whole-2.jsonl"), shallow=False) \
            and out.rsplit("peak ", 1)[0] == out2.rsplit("peak ", 1)[0]
        if not same:
            failed += 1
            print(f"FAIL: {name}: two runs of link differ", flush=True)
        m = measure(before, after)
        sec, total = section_bytes(inputs)
        rows.append((name, version, m, sec, total, wall, peak, build_wall, len(inputs)))
        print(f"{name} {version}: {len(inputs)} objects and archives with records "
              f"({without} without), {m['records']} records; "
              f"'call' escapes {m['call']}, {m['depends']} depend on other files only, "
              f"link settles {m['settled']} and explains {m['explained']} with a callee's "
              f"reason; escaping {m['escaping_before']} -> {m['escaping_after']}; "
              f"new hazards {m['hazards']} ({m['definite']} definite); .escape {sec} "
              f"of {total} object bytes ({100.0 * sec / max(total, 1):.1f}%); link "
              f"{wall:.2f} s and {wall2:.2f} s, peak {peak // 1024} and "
              f"{peak2 // 1024} MiB, output {'byte-identical' if same else 'DIFFERS'}; "
              f"build and tests {build_wall:.0f} s", flush=True)
        for h in m["hazard_list"]:
            print(f"  hazard only link finds: {h}")
    print(f"{len(rows)} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
