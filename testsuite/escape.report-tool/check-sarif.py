#!/usr/bin/env python3
"""check-sarif.py - the checks GitHub code scanning adds to the SARIF
2.1.0 schema, on a file written by escape-report sarif.

  check-sarif.py FILE RESULTS

RESULTS is the number of results expected.  Every result must name a
rule of the run, have a message, one location with a relative URI on
%SRCROOT% and a region with startLine >= 1, a partial fingerprint, and
every flow step must have a location and a message.  Prints each problem;
exit status 1 if there is any.
"""
import json
import sys


def check_location(loc, where):
    errors = []
    phys = loc.get("physicalLocation", {})
    uri = phys.get("artifactLocation", {}).get("uri", "")
    if not uri or uri.startswith("/") or ":" in uri.split("/")[0]:
        errors.append(f"{where}: uri {uri!r} is not relative")
    if phys.get("artifactLocation", {}).get("uriBaseId") != "%SRCROOT%":
        errors.append(f"{where}: no %SRCROOT% uriBaseId")
    if phys.get("region", {}).get("startLine", 0) < 1:
        errors.append(f"{where}: no startLine")
    return errors


def check(log, expected):
    run = log["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    errors = [] if log["version"] == "2.1.0" else ["version is not 2.1.0"]
    results = run.get("results", [])
    if len(results) != expected:
        errors.append(f"{len(results)} results, expected {expected}")
    for n, res in enumerate(results):
        where = f"results[{n}]"
        if rules[res["ruleIndex"]] != res["ruleId"]:
            errors.append(f"{where}: ruleIndex does not match ruleId")
        if not res.get("message", {}).get("text"):
            errors.append(f"{where}: no message")
        if not res.get("partialFingerprints"):
            errors.append(f"{where}: no partialFingerprints")
        errors += check_location(res["locations"][0], where)
        for flow in res.get("codeFlows", []):
            for step in flow["threadFlows"][0]["locations"]:
                loc = step["location"]
                errors += check_location(loc, f"{where} flow")
                if not loc.get("message", {}).get("text"):
                    errors.append(f"{where}: flow step without a message")
    if not any(r.get("codeFlows") for r in results):
        errors.append("no result has a codeFlow")
    return errors


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        errors = check(json.load(f), int(argv[2]))
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
