#!/usr/bin/env python3
"""check-layers.py - the plugin's shape, as docs/architecture.md states it.

  scripts/check-layers.py BUILD_DIR [PLUGIN_DIR] [--layers A,B,...]

The plugin's files sit in one folder per layer under PLUGIN_DIR (default:
plugin/ beside this script's directory), the driver and the entry at the
top.  LAYERS names the folders from the bottom up ('.' is the top); the
default is the plugin's own order.

From the object files under BUILD_DIR (each plugin/F.c is BUILD_DIR/F.o;
nm's defined and undefined symbols) finds which file uses which: a file
depends on another when it uses a function or variable defined there.
Fails when

- two files depend on each other, directly or through others (a cycle),
  and prints the cycle;
- a file uses a file of a folder above its own (by symbols, or by an
  #include of a header of that folder), so that no two folders depend on
  each other;
- a source file sits in a folder that is no layer;
- a file has more than MAX_FILE_LINES lines, or a function more than
  MAX_FUNCTION_LINES.

Prints each file's dependencies and closes with 'N passed, N failed'.
"""
import collections
import glob
import os
import re
import subprocess
import sys

MAX_FILE_LINES = 700
MAX_FUNCTION_LINES = 80

# The plugin's layers from the bottom up (docs/architecture.md).
LAYERS = ["base", "frontend", "knowledge", "graph", "lower", "solve",
          "summarize", "promote", "report", "."]

INCLUDE = re.compile(r'^#include "([^"]+)"', re.M)


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


def sources(plugin):
    """The plugin's .c and .h files, as paths relative to PLUGIN."""
    found = []
    for root, _, names in os.walk(plugin):
        for name in names:
            if name.endswith((".c", ".h")):
                found.append(os.path.relpath(os.path.join(root, name), plugin))
    return sorted(found)


def dependencies(build, plugin):
    """The files (F for plugin/F.c) and, for each, the files it uses."""
    owner, uses = {}, {}
    for rel in sources(plugin):
        if not rel.endswith(".c"):
            continue
        name = rel[:-2]
        obj = os.path.join(build, name + ".o")
        if not os.path.exists(obj):
            sys.exit("check-layers: no %s; build the plugin first" % obj)
        defined, used = symbols(obj)
        for sym in defined:
            owner[sym] = name
        uses[name] = used
    if not uses:
        sys.exit("check-layers: no .c file under %s" % plugin)
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


def folder(name):
    """The layer folder of plugin file NAME ('.' for the top)."""
    return os.path.dirname(name) or "."


def upward_uses(plugin, files, deps, layers):
    """(file, what it uses, how) for each use of a folder above its own."""
    rank = {layer: i for i, layer in enumerate(layers)}
    found = []
    for name in files:
        for dep in sorted(deps[name]):
            if rank[folder(dep)] > rank[folder(name)]:
                found.append((name, dep, "calls"))
    for rel in sources(plugin):
        with open(os.path.join(plugin, rel)) as f:
            text = f.read()
        for inc in INCLUDE.findall(text):
            if not os.path.exists(os.path.join(plugin, inc)):
                continue        # one of GCC's headers
            if rank[folder(inc)] > rank[folder(rel)]:
                found.append((rel, inc, "includes"))
    return found


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
    args = sys.argv[1:]
    layers = LAYERS
    if "--layers" in args:
        i = args.index("--layers")
        layers = args[i + 1].split(",")
        del args[i:i + 2]
    if len(args) not in (1, 2):
        sys.exit("usage: check-layers.py BUILD_DIR [PLUGIN_DIR] [--layers A,B,...]")
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    plugin = args[1] if len(args) == 2 else os.path.join(top, "plugin")
    passed = failed = 0
    strays = [rel for rel in sources(plugin) if folder(rel) not in layers]
    for rel in strays:
        print("FAIL: %s is in no layer's folder (%s)" % (rel, ", ".join(layers)))
        failed += 1
    if strays:
        print("%d passed, %d failed" % (passed, failed))
        return 1
    files, deps = dependencies(args[0], plugin)
    for name in files:
        print("%s -> %s" % (name, " ".join(sorted(deps[name])) or "(GCC only)"))
    cycle = find_cycle(files, deps)
    if cycle:
        print("FAIL: files depend on each other: " + " -> ".join(cycle))
        failed += 1
    else:
        print("PASS: no cycle between %d files" % len(files))
        passed += 1
    upward = upward_uses(plugin, files, deps, layers)
    for name, dep, how in upward:
        print("FAIL: %s %s %s, a folder above its own" % (name, how, dep))
        failed += 1
    if not upward:
        print("PASS: each folder uses only folders below it (%s, bottom up)"
              % " ".join(layers))
        passed += 1
    for rel in sources(plugin):
        path = os.path.join(plugin, rel)
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
