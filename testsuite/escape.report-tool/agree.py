#!/usr/bin/env python3
"""agree.py - do the compiler, the report and the SARIF agree on hazards?

  agree.py DIAGNOSTICS REPORT SARIF

DIAGNOSTICS is the compiler's output, REPORT the JSON Lines report of the
same compile, SARIF what 'escape-report sarif' made of it.  The sets of
(file, line) of the compiler's plugin warnings, of the records with
"outlives": true, and of the SARIF results of level "warning" must be
equal and not empty.  Prints the three sets and 'N passed, N failed'.
"""
import json
import os
import re
import sys


def main():
    diag, report, sarif = sys.argv[1:4]
    warned = set()
    with open(diag) as f:
        for line in f:
            m = re.match(r"(.*?):(\d+):(?:\d+:)? warning: address of ['\u2018]", line)
            if m:
                warned.add((os.path.basename(m.group(1)), int(m.group(2))))
    outlived = set()
    with open(report) as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("outlives") is True:
                outlived.add((os.path.basename(rec["file"]), rec["line"]))
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
    print("SARIF warnings:   ", sorted(leveled))
    ok = warned and warned == outlived == leveled
    print("%d passed, %d failed" % ((1, 0) if ok else (0, 1)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
