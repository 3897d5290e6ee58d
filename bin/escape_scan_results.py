"""escape_scan_results - what escape-scan does once the compiles are
done: read the units' records (from the objects the shims kept, or the
reports the replay wrote), settle the whole program (escape_link), print
the definite hazards as the compiler words them and a short summary, and
write records.jsonl, escape.sarif and html/ with bin/escape-report's own
code (loaded as a module: nothing is copied).
"""
import argparse
import collections
import contextlib
import importlib.machinery
import importlib.util
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.realpath(__file__))
sys.path.insert(0, HERE)
import escape_link  # noqa: E402  (next to this script)


def _load_report_tool():
    loader = importlib.machinery.SourceFileLoader(
        "escape_report_tool", os.path.join(HERE, "escape-report"))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


report = _load_report_tool()
InputError = report.InputError

# The calls the shims pass through, as the summary names them.
PASSED = {"other-language": "C++ or other-language compiles",
          "preprocess": "preprocess-only",
          "link": "link-only", "query": "other calls",
          "unknown": "calls reading stdin or a response file",
          "test": "configure and CMake test programs",
          "clang": "clang compiles", "mismatch": "compiles by another GCC",
          "failed": "failed compiles",
          "gone": "compiles of sources since deleted (a configure script's "
                  "test programs)"}


def read_calls(work):
    """The shims' log: counts by kind, the kept outputs as (cwd, path),
    and the names and versions of the compilers of another GCC.  An
    output whose sources are all gone by now came from a test program of
    a configure script that the shims did not recognise by its name
    (zlib's ztest*.c): it is left out, and counted."""
    counts, kept, others = collections.Counter(), [], set()
    try:
        with open(os.path.join(work, "calls"), encoding="utf-8",
                  errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        lines = []
    for line in lines:
        fields = line.split("\t")
        kind = fields[0]
        if kind == "c" and len(fields) >= 3:
            counts["c"] += int(fields[1]) if fields[1].isdigit() else 1
        elif kind == "o" and len(fields) >= 4:
            sources = [os.path.join(fields[1], f) for f in fields[4:] if f]
            if sources and not any(os.path.exists(f) for f in sources):
                counts["gone"] += 1
                counts["c"] -= 1
            else:
                kept.append((fields[1], fields[3], fields[2]))
        elif kind in PASSED:
            counts[kind] += 1
            if kind == "mismatch" and len(fields) >= 3:
                others.add((fields[1], fields[2]))
            if kind == "clang" and len(fields) >= 2:
                others.add((fields[1], "clang"))
    # In the order of the outputs' names, not of the compiles' ends, so
    # that which of two records of one object is kept (a header's inline
    # function, a file compiled twice) does not vary with make -j.
    kept.sort()
    return counts, [(cwd, path) for cwd, _, path in kept], others


def unit_records(inputs, base):
    """The deduplicated records of INPUTS, a list of (compile folder,
    report or object): file names made relative to BASE as
    escape-report does, each relative to the folder its compiler ran in."""
    seen, records, dropped = set(), [], 0
    for cdir, path in inputs:
        for rec in report.read_report(path, base, os.path.abspath(cdir)):
            key = report.record_id(rec)
            if key in seen:
                dropped += 1
                continue
            seen.add(key)
            records.append(rec)
    records.sort(key=report.record_id)
    return records, dropped


def unit_warning(rec):
    """A hazard of one unit, printed as the compiler prints it."""
    flow = [s for s in rec.get("flow") or [] if isinstance(s, dict)]
    what = report.describe(rec)
    if rec.get("hazard") != "definite":
        detail = flow[-1].get("note") if flow else report.reason_of(rec)
        what = f"address of '{rec['name']}' may outlive " \
               f"'{rec['function']}': {detail}"
    print(f"{report.location(rec)}: warning: {what}", file=sys.stderr)
    for s in flow:
        print(f"{s.get('file', rec['file'])}:{s.get('line', 0)}:"
              f"{s.get('column', 0)}: note: flow: {s.get('note', '')}",
              file=sys.stderr)


def print_hazards(records, linked, classes):
    """The hazards of CLASSES, in file order; those only the whole
    program shows (LINKED) as escape-report link prints them."""
    linked_ids = {id(r) for r in linked}
    shown = 0
    for rec in records:
        if report.hazard_class(rec) not in classes:
            continue
        if id(rec) in linked_ids:
            report.print_link_hazard(rec)
        else:
            unit_warning(rec)
        shown += 1
    sys.stderr.flush()
    return shown


def _tool_args(**kw):
    return argparse.Namespace(compile_dir=None, **kw)


def write_outputs(out, records, base):
    """records.jsonl, escape.sarif and html/ in OUT, with the report
    tool's own writers (their one-line messages are not shown)."""
    paths = {"records": os.path.join(out, "records.jsonl"),
             "sarif": os.path.join(out, "escape.sarif"),
             "html": os.path.join(out, "html")}
    report.write_text(paths["records"], "".join(
        json.dumps(r, separators=(",", ":")) + "\n" for r in records))
    with contextlib.redirect_stdout(io.StringIO()):
        report.cmd_sarif(_tool_args(reports=[paths["records"]],
                                    base_dir=base, output=paths["sarif"]))
        report.cmd_html(_tool_args(reports=[paths["records"]],
                                   base_dir=base, output=paths["html"]))
    return paths


def gate(records_path, base, baseline, update, hazards):
    """The report tool's gate on the linked records; its status."""
    return report.cmd_gate(_tool_args(
        reports=[records_path], base_dir=base, baseline=baseline,
        update=update, hazards=hazards if hazards != "none" else None,
        max=None))


def _plural(n, word):
    return f"{n} {word}" + ("" if n == 1 else "s")


def summary(tool, counts, records, dropped, linked, paths):
    """The closing lines: units, calls passed through, decisions by
    class, hazards by class, promoted sites, and where the files are."""
    passed = [f"{counts[k]} {PASSED[k]}" for k in PASSED if counts[k]]
    print(f"{tool}: {_plural(counts['c'], 'unit')} analysed; passed "
          f"through: {', '.join(passed) if passed else 'none'}")
    by_kind = collections.Counter((r["kind"], r["escapes"]) for r in records)
    esc = sum(1 for r in records if r["escapes"])
    kinds = ", ".join(
        f"{k}s {by_kind[(k, True)]} escape / {by_kind[(k, False)]} not"
        for k in ("local", "heap", "param"))
    print(f"{tool}: {_plural(len(records), 'decision')} ({dropped} duplicates "
          f"dropped): {esc} escape, {len(records) - esc} do not ({kinds})")
    classes = collections.Counter(report.hazard_class(r) for r in records)
    whole = sum(1 for r in linked if r.get("hazard") == "definite")
    print(f"{tool}: hazards: {classes['definite']} definite ({whole} only "
          f"the whole program shows), {classes['possible']} possible")
    promoted = sum(1 for r in records if r.get("promoted"))
    print(f"{tool}: {_plural(promoted, 'heap site')} promoted to the stack")
    print(f"{tool}: records {paths['records']}, SARIF {paths['sarif']}, "
          f"HTML {os.path.join(paths['html'], 'index.html')}")
    sys.stdout.flush()


def settle(tool, out, inputs, counts, base, hazards):
    """Link, print and write everything; returns (records, whether a
    definite hazard was found, the output paths)."""
    records, dropped = unit_records(inputs, base)
    _, linked = escape_link.link(records)
    classes = report.HAZARD_GATES.get(hazards, ())
    sys.stdout.flush()
    print_hazards(records, linked, classes)
    paths = write_outputs(out, records, base)
    summary(tool, counts, records, dropped, linked, paths)
    definite = any(report.hazard_class(r) == "definite" for r in records)
    return records, definite, paths
