#!/usr/bin/env python3
"""check-sarif-diagnostics - GCC's SARIF output carries the same warnings,
with the same flow notes, as its text output.

  check-sarif-diagnostics.py TEXT SARIF

TEXT is the compiler's plain text output (-fdiagnostics-plain-output) for
one file, SARIF the file -fdiagnostics-format=sarif-file wrote for the
same compile.  Every 'warning:' line of TEXT, and the 'note:' lines that
follow it, are looked up in SARIF: a result of level "warning" with that
message at that line, whose relatedLocations hold the notes, in order,
each with its message and line; the notes must not also be results of
their own.  (A SARIF region starts where the location's range starts, so
its startColumn may be before the caret column the text shows: it must
not be after it.)  GCC puts the diagnostics of a group (a warning and
its notes) into one result that way.  Exits 1, naming what is missing, if anything is; TEXT must hold at
least one warning.
"""
import json
import re
import sys

LINE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<kind>warning|note|error): (?P<msg>.*)$")


def text_warnings(path):
    """[(file, line, col, message, [(line, col, note), ...]), ...]"""
    warnings = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            m = LINE.match(raw.rstrip("\n"))
            if not m:
                continue
            where = (m["file"], int(m["line"]), int(m["col"]))
            if m["kind"] == "warning":
                # GCC's own warnings name their option; SARIF does not
                # repeat it in the message.
                msg = re.sub(r" \[-W[^]]*\]$", "", m["msg"])
                warnings.append((*where, msg, []))
            elif m["kind"] == "note" and warnings:
                warnings[-1][4].append((where[1], where[2], m["msg"]))
    return warnings


def at(loc, line, col):
    """LOC is at LINE, and starts at or before column COL."""
    _, l, c = region(loc)
    return l == line and c is not None and 1 <= c <= col


def region(loc):
    phys = loc.get("physicalLocation", {})
    reg = phys.get("region", {})
    uri = phys.get("artifactLocation", {}).get("uri", "")
    return uri, reg.get("startLine"), reg.get("startColumn")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: check-sarif-diagnostics.py TEXT SARIF")
    expected = text_warnings(sys.argv[1])
    if not expected:
        print(f"{sys.argv[1]}: no warning in the text output")
        return 1
    with open(sys.argv[2], encoding="utf-8") as f:
        sarif = json.load(f)
    problems = []
    if sarif.get("version") != "2.1.0":
        problems.append(f"SARIF version {sarif.get('version')!r}, not 2.1.0")
    results = [r for run in sarif.get("runs", []) for r in run.get("results", [])]
    for file, line, col, msg, notes in expected:
        what = f"{file}:{line}:{col}: warning: {msg}"
        found = [r for r in results
                 if r.get("level") == "warning"
                 and r.get("message", {}).get("text") == msg]
        if not found:
            problems.append(f"no SARIF result for {what}")
            continue
        r = found[0]
        locs = r.get("locations", [])
        if not locs or not at(locs[0], line, col) or \
           not region(locs[0])[0].endswith(file.split("/")[-1]):
            uri, l, c = region(locs[0]) if locs else ("", None, None)
            problems.append(f"{what}: SARIF places it at {uri}:{l}:{c}")
        related = r.get("relatedLocations", [])
        same = len(related) == len(notes) and all(
            x.get("message", {}).get("text") == t and at(x, l, c)
            for x, (l, c, t) in zip(related, notes))
        if not same:
            problems.append(
                f"{what}: its notes in the text output\n    "
                + "\n    ".join(f"{l}:{c}: {t}" for l, c, t in notes)
                + "\n  but relatedLocations in SARIF\n    "
                + "\n    ".join(f"{region(x)[1]}:{region(x)[2]}: "
                                f"{x.get('message', {}).get('text')}"
                                for x in related))
    loose = {x.get("message", {}).get("text") for x in results
             if x.get("level") == "note"}
    for _, _, _, msg, notes in expected:
        for _, _, t in notes:
            if t in loose:
                problems.append(f"note '{t}' is also a result of its own")
    for p in problems:
        print(p)
    if not problems:
        print(f"{len(expected)} warnings with "
              f"{sum(len(w[4]) for w in expected)} notes, all in the SARIF file")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
