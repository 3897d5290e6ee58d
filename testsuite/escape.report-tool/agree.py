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
    warned, texts = set(), {}
    with open(diag) as f:
        for line in f:
            m = re.match(r"(.*?):(\d+):(?:\d+:)? warning: (address of ['\u2018].*)$", line)
            if m:
                where = (os.path.basename(m.group(1)), int(m.group(2)))
                warned.add(where)
                texts[where] = re.sub("[\u2018\u2019]", "'", m.group(3)).strip()
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
    leveled, worded = set(), []
    for res in doc["runs"][0]["results"]:
        loc = res["locations"][0]["physicalLocation"]
        where = (os.path.basename(loc["artifactLocation"]["uri"]),
                 loc["region"]["startLine"])
        if res.get("level") == "warning":
            leveled.add(where)
        # A hazard's message reads as the compiler's warning.
        text = re.sub(r"^In '[^']*': ", "", res["message"]["text"])
        if where in texts and text != texts[where]:
            worded.append((where, texts[where], text))
    print("compiler warnings:", sorted(warned))
    print("records outlives: ", sorted(outlived))
    print("records definite: ", sorted(definite))
    print("SARIF warnings:   ", sorted(leveled))
    print("outlives, no class:", sorted(unclassed))
    print("worded otherwise: ", worded)
    expected = definite if cls == "definite" else outlived
    ok = (warned and warned == expected and leveled == definite
          and not unclassed and definite < outlived and not worded)
    print("%d passed, %d failed" % ((1, 0) if ok else (0, 1)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
