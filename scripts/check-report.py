#!/usr/bin/env python3
"""check-report - validate an escape JSON Lines report against the
interface reference (docs/interface.md), and optionally check records.

  scripts/check-report.py REPORT [--lines N] [--expect SPEC]...

Every line must be one JSON object with the documented fields and types.
--lines N requires exactly N records.  --expect SPEC requires a record to
match SPEC, a comma-separated list of FIELD=VALUE pairs, e.g.
  --expect 'kind=local,name=x,escapes=true,reason=returned'
  --expect 'kind=param,name=p,leaks=result:0'
  --expect 'kind=local,name=x,flow~=returned'   (some flow note contains)
Values true/false/null are JSON literals; leaks=a+b means the list [a, b].
Exit status 0 when all checks pass; otherwise each failure is printed.
"""
import json
import sys

REASONS = {"returned", "global", "caller-memory", "escaping-object", "call",
           "thread", "integer", "asm", "unknown"}
COMMON = {"schema": int, "file": str, "line": int, "column": int,
          "function": str, "kind": str, "name": str, "escapes": bool,
          "flow": list}


def _is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_depends(rec, where):
    """The "depends" entries: callee, arg, level, and (since they were
    added) must, result and returns."""
    if "depends" not in rec:
        return []
    deps = rec["depends"]
    if not isinstance(deps, list) or not deps \
            or not (rec["escapes"] or rec.get("linked") is True):
        return [f"{where}: bad 'depends' {deps!r}"]
    for d in deps:
        if not isinstance(d, dict) or not isinstance(d.get("callee"), str) \
                or not _is_int(d.get("arg")) or not _is_int(d.get("level")) \
                or not isinstance(d.get("must", False), bool) \
                or not isinstance(d.get("returns", False), bool) \
                or not (d.get("result") is None or _is_int(d["result"])):
            return [f"{where}: bad 'depends' entry {d!r}"]
    return []


def check_record(rec, where):
    errors = []
    for field, kind in COMMON.items():
        if field not in rec:
            errors.append(f"{where}: missing field '{field}'")
        elif not isinstance(rec[field], kind):
            errors.append(f"{where}: '{field}' is not {kind.__name__}")
    if errors:
        return errors
    if rec["schema"] != 1:
        errors.append(f"{where}: schema is {rec['schema']}, expected 1")
    if rec["kind"] not in ("local", "heap", "param"):
        errors.append(f"{where}: unknown kind '{rec['kind']}'")
    reason = rec.get("reason", "missing")
    if rec["escapes"]:
        if reason not in REASONS:
            errors.append(f"{where}: escaping record has reason {reason!r}")
    elif reason is not None:
        errors.append(f"{where}: non-escaping record has reason {reason!r}")
    if rec["kind"] == "param":
        leaks = rec.get("leaks")
        if not isinstance(leaks, list):
            errors.append(f"{where}: param without a 'leaks' list")
        elif not rec["escapes"] and [x for x in leaks if x != "freed"]:
            errors.append(f"{where}: non-escaping param leaks {leaks}")
    if "noescape" in rec and (rec["kind"] != "param"
                              or rec["noescape"] not in ("declared",
                                                         "suggested")):
        errors.append(f"{where}: bad 'noescape' {rec['noescape']!r}")
    errors += check_depends(rec, where)
    if "must_keep" in rec and (rec["kind"] != "param"
                               or not isinstance(rec["must_keep"], bool)
                               or (rec["must_keep"] and not rec["escapes"])):
        errors.append(f"{where}: bad 'must_keep' {rec['must_keep']!r}")
    if "undo" in rec:
        undo = rec["undo"]
        if rec["kind"] != "local" or rec.get("hazard") not in ("possible",) \
                and rec.get("linked") is not True or not isinstance(undo, list) \
                or not all(isinstance(u, dict) and isinstance(u.get("callee"), str)
                           and isinstance(u.get("args"), list)
                           and all(_is_int(a) for a in u["args"])
                           and (u.get("global") is None
                                or isinstance(u["global"], str))
                           and isinstance(u.get("global_memory"), bool)
                           for u in undo):
            errors.append(f"{where}: bad 'undo' {undo!r}")
    if rec["kind"] == "param" and "writes" in rec:
        if not _is_int(rec["writes"]) \
                or not isinstance(rec.get("writes_globals"), list) \
                or not isinstance(rec.get("writes_global_memory"), bool) \
                or not isinstance(rec.get("calls_unknown"), bool):
            errors.append(f"{where}: bad may-write fields")
    for key in ("outlives_caller", "must_return"):
        if key in rec and (rec["kind"] != "param"
                           or not isinstance(rec[key], bool)
                           or (rec[key] and not rec["escapes"])):
            errors.append(f"{where}: bad '{key}' {rec[key]!r}")
    if rec["kind"] == "local" and "hazard" in rec:
        if rec["hazard"] not in ("definite", "possible", None):
            errors.append(f"{where}: bad 'hazard' {rec['hazard']!r}")
        elif (rec["hazard"] is not None) != (rec.get("outlives") is True):
            errors.append(f"{where}: 'hazard' {rec['hazard']!r} with "
                          f"'outlives' {rec.get('outlives')!r}")
    if rec["kind"] == "local":
        if not isinstance(rec.get("outlives"), bool):
            errors.append(f"{where}: local record without bool 'outlives'")
        elif rec["outlives"] and not rec["escapes"]:
            errors.append(f"{where}: outlives without escaping")
    elif "outlives" in rec:
        errors.append(f"{where}: 'outlives' on a {rec['kind']} record")
    if rec["kind"] == "heap":
        if not isinstance(rec.get("promoted"), bool):
            errors.append(f"{where}: heap record without bool 'promoted'")
        if "not_promoted" not in rec:
            errors.append(f"{where}: heap record without 'not_promoted'")
        stack, fallback = rec.get("stack_bytes"), rec.get("fallback")
        if not isinstance(stack, int) or isinstance(stack, bool) \
                or not isinstance(fallback, bool):
            errors.append(f"{where}: heap record without int 'stack_bytes'"
                          " and bool 'fallback'")
        elif rec.get("promoted") is True and stack <= 0:
            errors.append(f"{where}: promoted without 'stack_bytes'")
        elif rec.get("promoted") is not True and (stack or fallback):
            errors.append(f"{where}: 'stack_bytes'/'fallback' on a site"
                          " not promoted")
    elif "stack_bytes" in rec or "fallback" in rec:
        errors.append(f"{where}: 'stack_bytes' on a {rec['kind']} record")
    if not rec["escapes"] and rec["flow"]:
        errors.append(f"{where}: non-escaping record has a flow")
    if rec["escapes"] and rec["kind"] != "param" and not rec["flow"]:
        errors.append(f"{where}: escaping record has an empty flow")
    for step in rec["flow"]:
        if not (isinstance(step, dict) and isinstance(step.get("line"), int)
                and isinstance(step.get("column"), int)
                and isinstance(step.get("note"), str) and step["note"]):
            errors.append(f"{where}: malformed flow step {step!r}")
    return errors


def parse_value(text):
    if text in ("true", "false", "null"):
        return json.loads(text)
    if text.lstrip("-").isdigit():
        return int(text)
    return text


def matches(rec, spec):
    for pair in spec.split(","):
        if "~=" in pair:
            field, value = pair.split("~=", 1)
            if field == "flow":
                if not any(value in s.get("note", "") for s in rec["flow"]):
                    return False
            elif value not in str(rec.get(field)):
                return False
            continue
        field, value = pair.split("=", 1)
        if field == "leaks":
            want = [] if value == "" else value.split("+")
            if sorted(rec.get("leaks", [])) != sorted(want):
                return False
        elif rec.get(field) != parse_value(value):
            return False
    return True


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0 if len(argv) >= 2 else 2
    path, args = argv[1], argv[2:]
    expects, lines = [], None
    while args:
        opt = args.pop(0)
        if opt == "--expect" and args:
            expects.append(args.pop(0))
        elif opt == "--lines" and args:
            lines = int(args.pop(0))
        else:
            print(f"check-report: unknown argument '{opt}'", file=sys.stderr)
            return 2
    errors, records = [], []
    with open(path, encoding="utf-8") as f:
        for n, text in enumerate(f, 1):
            where = f"{path}:{n}"
            if not text.endswith("\n"):
                errors.append(f"{where}: line not terminated by a newline")
            try:
                rec = json.loads(text)
            except ValueError as e:
                errors.append(f"{where}: not JSON: {e}")
                continue
            if not isinstance(rec, dict):
                errors.append(f"{where}: not a JSON object")
                continue
            errors += check_record(rec, where)
            records.append(rec)
    if lines is not None and len(records) != lines:
        errors.append(f"{path}: {len(records)} records, expected {lines}")
    for spec in expects:
        if not any(matches(r, spec) for r in records):
            errors.append(f"{path}: no record matches {spec}")
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
