#!/usr/bin/env python3
"""section-size - the .escape section's share of the objects (embed).

  scripts/section-size.py [--cc gcc] [--plugin PATH] [--work DIR]
                          [--sqlite] [--sqlite-dir DIR] [--whole DIR]

--sqlite compiles sqlite3.c (the npm package better-sqlite3, fetched as
scripts/sqlite-check.py does into WORK/src, or taken from --sqlite-dir)
at -O2 without -g, with the plugin and -fplugin-arg-escape-embed, into
WORK (default build/section-size).  --whole DIR reads the builds
scripts/whole-program.py left in DIR (its --work, default build/whole):
for each project, the objects below DIR/PROJECT/src that carry .escape
records (redis's bundled libraries in deps/ are built without the
plugin).

Prints one Markdown table row each: objects, their bytes, the .escape
sections' bytes and their share of the objects' bytes, and the largest
share of a single object.
"""
import glob
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bin"))
from escape_common import TOP, fetch_sqlite, find_plugin, parse_args, tool_parser  # noqa: E402
import escape_inputs  # noqa: E402

TOOL = "section-size"


def measure(paths):
    """(objects, object bytes, section bytes, largest share) over the ELF
    objects among PATHS that have a .escape section."""
    n = total = sec = 0
    largest = 0.0
    for p in paths:
        with open(p, "rb") as f:
            data = f.read()
        if not data.startswith(escape_inputs.ELF_MAGIC):
            continue
        s = escape_inputs.elf_section(data, p)
        if s is None:
            continue
        n += 1
        total += len(data)
        sec += len(s)
        largest = max(largest, len(s) / len(data))
    return n, total, sec, largest


def row(name, m):
    n, total, sec, largest = m
    share = 100.0 * sec / total if total else 0.0
    return (f"| {name} | {n} | {total:,} | {sec:,} | {share:.2f}% | "
            f"{100.0 * largest:.1f}% |")


def sqlite(args, plugin):
    work = os.path.abspath(args.work)
    src = os.path.abspath(args.sqlite_dir) if args.sqlite_dir else fetch_sqlite(work, TOOL)
    os.makedirs(work, exist_ok=True)
    obj = os.path.join(work, "sqlite3.o")
    cmd = [args.cc, "-O2", f"-fplugin={plugin}", "-fplugin-arg-escape-embed",
           "-c", os.path.join(src, "sqlite3.c"), "-o", obj]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if p.returncode != 0:
        sys.exit(f"{TOOL}: {' '.join(cmd)} failed:\n{p.stdout[-2000:]}")
    return row("sqlite3.c -O2", measure([obj]))


def whole(directory):
    rows = []
    for project in sorted(os.listdir(directory)):
        tree = os.path.join(directory, project, "src")
        if not os.path.isdir(tree):
            continue
        objs = sorted(glob.glob(os.path.join(tree, "**", "*.o"), recursive=True))
        rows.append(row(project, measure(objs)))
    return rows


def main():
    ap = tool_parser(__doc__)
    ap.add_argument("--work", default=os.path.join(TOP, "build", "section-size"))
    ap.add_argument("--sqlite", action="store_true")
    ap.add_argument("--sqlite-dir")
    ap.add_argument("--whole")
    args = parse_args(ap)
    if not args.sqlite and not args.whole:
        sys.exit(f"{TOOL}: give --sqlite, --whole DIR or both")
    print("| objects of | objects | object bytes | .escape bytes | share | largest share of one object |")
    print("| --- | --- | --- | --- | --- | --- |")
    try:
        if args.sqlite:
            print(sqlite(args, find_plugin(args.cc, args.plugin, TOOL)), flush=True)
        if args.whole:
            for r in whole(args.whole):
                print(r)
    except escape_inputs.InputError as e:
        sys.exit(f"{TOOL}: {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
