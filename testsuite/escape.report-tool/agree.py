#!/usr/bin/env python3
"""agree.py - do the compiler, the report and the SARIF agree on hazards?

  agree.py CLASS DIAGNOSTICS REPORT SARIF

DIAGNOSTICS is the compiler's output with -fplugin-arg-escape-hazards=CLASS
(definite, the default, or possible), REPORT the JSON Lines report of the
same compile, SARIF what 'escape-report sarif' made of it.  The sets of
(file, line) of the compiler's plugin warnings and of the records of the
hazards it warns for ("hazard": "definite"; with possible, every record
with "outlives": true, whose "hazard" must then be set) must be equal
and not empty; so must the SARIF results of level "warning" and the
definite records.  Prints the sets and 'N passed, N failed'.
"""
import json
import os
import re
import sys


def main():
    cls, diag, report, sarif = sys.argv[1:5]
    warned = set()
    with open(diag) as f:
        for line in f:
            m = re.match(r"(.*?):(\d+):(?:\d+:)? warning: address of ['\u2018]", line)
            if m:
                warned.add((os.path.basename(m.group(1)), int(m.group(2))))
    outlived, definite, unclassed = set(), set(), set()
    with open(report) as f:
        for line in f:
            rec = json.loads(line)
            where = (os.path.basename(rec["file"]), rec["line"])
            if rec.get("outlives") is True:
                outlived.add(where)
                if rec.get("hazard") not in ("definite", "possible"):
                    unclassed.add(where)
            if rec.get("hazard") == "definite":
                definite.add(where)
    with open(sarif) as f:
        doc = json.load(f)
    leveled = set()
    for res in doc["runs"][0]["results"]:
        if res.get("level") == "warning":
            loc = res["locations"][0]["physicalLocation"]
            leveled.add((os.path.basename(loc["artifactLocation"]["uri"]),
                         loc["region"]["startLine"]))
    print("compiler warnings:", sorted(warned))
    print("records outlives: ", sorted(outlived))
    print("records definite: ", sorted(definite))
    print("SARIF warnings:   ", sorted(leveled))
    print("outlives, no class:", sorted(unclassed))
    expected = definite if cls == "definite" else outlived
    ok = (warned and warned == expected and leveled == definite
          and not unclassed and definite < outlived)
    print("%d passed, %d failed" % ((1, 0) if ok else (0, 1)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
