#!/usr/bin/env python3
"""check-layers.py - the plugin's shape, as docs/architecture.md states it.

  scripts/check-layers.py BUILD_DIR [PLUGIN_DIR]

From the object files in BUILD_DIR (nm's defined and undefined symbols)
finds which plugin file uses which: a file depends on another when it
uses a function or variable defined there.  Fails when two files depend
on each other, directly or through others (a cycle), and prints the
cycle.  From the sources in PLUGIN_DIR (default: plugin/ beside this
script's directory) it also checks the size rules: no file over
MAX_FILE_LINES lines, no function over MAX_FUNCTION_LINES.  Prints each
file's dependencies and closes with 'N passed, N failed'.
"""
import collections
import glob
import os
import re
import subprocess
import sys

MAX_FILE_LINES = 700
MAX_FUNCTION_LINES = 80


def symbols(obj):
    """(defined, used) symbol names of one object file."""
    out = subprocess.run(["nm", obj], capture_output=True, text=True,
                         check=True).stdout
    defined, used = set(), set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "TDBRV":
            defined.add(parts[2])
        elif len(parts) == 2 and parts[0] == "U":
            used.add(parts[1])
    return defined, used


def dependencies(build):
    objs = sorted(glob.glob(os.path.join(build, "escape*.o")))
    if not objs:
        sys.exit("check-layers: no escape*.o in %s; build the plugin first" % build)
    owner, uses = {}, {}
    for obj in objs:
        name = os.path.basename(obj)[:-2]
        defined, used = symbols(obj)
        for sym in defined:
            owner[sym] = name
        uses[name] = used
    deps = collections.defaultdict(set)
    for name, used in uses.items():
        for sym in used:
            if sym in owner and owner[sym] != name:
                deps[name].add(owner[sym])
    return sorted(uses), deps


def find_cycle(files, deps):
    """One cycle of the dependency graph as a list of files, or None."""
    state = {}
    for start in files:
        if start in state:
            continue
        stack = [(start, iter(sorted(deps[start])))]
        path = [start]
        state[start] = "open"
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = "done"
                stack.pop()
                path.pop()
            elif state.get(nxt) == "open":
                return path[path.index(nxt):] + [nxt]
            elif nxt not in state:
                state[nxt] = "open"
                stack.append((nxt, iter(sorted(deps[nxt]))))
                path.append(nxt)
    return None


FUNC_START = re.compile(r"^(?:escape_\w+|plugin_init)\s*\(")


def long_functions(path):
    """(name, lines) of each function of PATH over the limit."""
    found, name, start = [], None, 0
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if name is None and FUNC_START.match(line):
                name, start = line.split("(")[0].strip(), n
            elif name is not None and line.startswith("}"):
                if n - start + 1 > MAX_FUNCTION_LINES:
                    found.append((name, n - start + 1))
                name = None
    return found


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: check-layers.py BUILD_DIR [PLUGIN_DIR]")
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    plugin = sys.argv[2] if len(sys.argv) == 3 else os.path.join(top, "plugin")
    passed = failed = 0
    files, deps = dependencies(sys.argv[1])
    for name in files:
        print("%s -> %s" % (name, " ".join(sorted(deps[name])) or "(GCC only)"))
    cycle = find_cycle(files, deps)
    if cycle:
        print("FAIL: files depend on each other: " + " -> ".join(cycle))
        failed += 1
    else:
        print("PASS: no cycle between %d files" % len(files))
        passed += 1
    for path in sorted(glob.glob(os.path.join(plugin, "*.[ch]"))):
        with open(path) as f:
            count = sum(1 for _ in f)
        if count > MAX_FILE_LINES:
            print("FAIL: %s has %d lines (at most %d)" % (path, count, MAX_FILE_LINES))
            failed += 1
        else:
            passed += 1
        for name, length in long_functions(path):
            print("FAIL: %s: %s has %d lines (at most %d)"
                  % (path, name, length, MAX_FUNCTION_LINES))
            failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
