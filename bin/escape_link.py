"""escape_link - `escape-report link`: settle the conditional decisions of
a whole program against the summaries of the functions its files define.

A record that escapes only through calls to functions its translation
unit did not define carries "depends": [{"callee", "arg", "level"}...]
(the plugin's summarize/depends.c): the object is LEVEL dereferences below
argument ARG (0-based) of a call to CALLEE.  A parameter record of an
externally visible function ("visible": true) is that function's summary
for parameter "index": "heap" in its leaks means the callee keeps the
pointer, "content" that what it points to escapes, and its own "depends"
are calls it passes the parameter on to.

For each summary the smallest level that escapes is found, to a fixpoint
that starts from "nothing escapes" so that mutual recursion across files
settles (a least fixpoint: only what some file really keeps escapes).  A
dependency on a function that no input defines, or on a parameter with
no record, escapes as before.  A record whose every dependency is
settled no longer escapes; one that a callee keeps takes the callee's
reason, and its flow goes on into the callee's file.
"""

NEVER = 1 << 30          # no level escapes


def _key(rec):
    return (rec["function"], rec.get("index"))


def summaries(records):
    """The visible parameter records, by (function, index)."""
    table = {}
    for rec in records:
        if rec["kind"] == "param" and rec.get("visible") is True \
                and isinstance(rec.get("index"), int):
            table.setdefault(_key(rec), rec)
    return table


def _own_level(rec):
    """The smallest escaping level a parameter record gives by itself.
    A level the callee returns counts as escaping: the caller's compile
    did not follow an unknown callee's result back to its arguments."""
    leaks = rec.get("leaks") or []
    if "heap" in leaks and not rec.get("depends"):
        return 0
    m = 1 if "content" in leaks else NEVER
    for x in leaks:
        if x.startswith("result:") and x[7:].isdigit():
            m = min(m, int(x[7:]))
    return m


def _dep_level(dep, level_of):
    """The smallest level of the caller's object that escapes through DEP
    (an object L levels below the argument is dep.level + L below the
    callee's argument)."""
    m = level_of.get((dep.get("callee"), dep.get("arg")))
    if m is None:
        return 0
    return max(0, m - dep.get("level", 0))


def solve(table):
    """The smallest escaping level of every summary, to a fixpoint."""
    level_of = {k: _own_level(r) for k, r in table.items()}
    changed = True
    while changed:
        changed = False
        for k, rec in table.items():
            m = level_of[k]
            for dep in rec.get("depends") or []:
                m = min(m, _dep_level(dep, level_of))
            if m < level_of[k]:
                level_of[k] = m
                changed = True
    return level_of


def _keeping_step(summary):
    """The step of the callee's flow that keeps its parameter, and what
    it does in words ("stores it in global 'g'", "returns it")."""
    for step in summary.get("flow") or []:
        note = step.get("note", "")
        if note.startswith("stored in "):
            return step, "stores it in " + note[len("stored in "):]
        if note.startswith("passed to another thread"):
            return step, "passes it to another thread" + note[len(
                "passed to another thread"):]
        if note == "returned":
            return step, "returns it"
        if note.startswith("passed to "):
            return step, "passes it to " + note[len("passed to "):]
    return None, f"keeps it ({summary.get('reason')})"


def _linked_flow(flow, dep, summary):
    """FLOW continued into the callee's file: the call step says where the
    callee is and what it does, and the callee's own step follows."""
    step, what = _keeping_step(summary)
    note = f"passed to '{dep['callee']}' ({summary['file']}:" \
           f"{summary['line']}), which {what}"
    flow = [dict(s) for s in flow or []]
    if flow and flow[-1].get("note") == f"passed to '{dep['callee']}'":
        flow[-1]["note"] = note
        flow[-1]["linked_call"] = True
    else:
        flow.append({"file": summary["file"], "line": summary["line"],
                     "column": summary.get("column", 0), "note": note,
                     "linked_call": True})
    if step:
        flow.append(dict(step, file=step.get("file", summary["file"])))
    return flow


def _keeping_dep(rec, table, level_of):
    """The first dependency of REC that escapes, with its summary (None
    for a callee no input defines); (None, None) when none escapes."""
    for dep in rec["depends"]:
        key = (dep.get("callee"), dep.get("arg"))
        if key not in table:
            return dep, None
        if dep.get("level", 0) >= level_of[key]:
            return dep, table[key]
    return None, None


def _outlives(summary):
    """Does the callee keep the parameter beyond its caller's frame?"""
    flow = summary.get("flow") or []
    return summary.get("reason") in ("global", "thread") and \
        any("still stored" in s.get("note", "") or "thread" in
            s.get("note", "") for s in flow)


def link(records):
    """Settle REC's conditional decisions in place; return the records
    changed and the new hazards (locals a callee in another file keeps
    beyond the frame)."""
    table = summaries(records)
    level_of = solve(table)
    changed, hazards = [], []
    for rec in records:
        if not rec.get("escapes") or not rec.get("depends"):
            continue
        # A parameter is settled only when the call was its one leak.
        if rec["kind"] == "param" and \
                [x for x in rec.get("leaks", []) if x != "freed"] != ["heap"]:
            continue
        dep, summary = _keeping_dep(rec, table, level_of)
        if dep is None:
            rec.update(escapes=False, reason=None, flow=[], linked=True)
            if rec["kind"] == "param":
                rec["leaks"] = [x for x in rec["leaks"] if x != "heap"]
            if rec["kind"] == "local":
                rec["outlives"] = False
            changed.append(rec)
        elif summary is not None:
            rec["reason"] = summary.get("reason") or rec["reason"]
            rec["flow"] = _linked_flow(rec.get("flow"), dep, summary)
            rec["linked"] = True
            changed.append(rec)
            if rec["kind"] == "local" and not rec.get("outlives") \
                    and _outlives(summary):
                rec["outlives"] = True
                hazards.append(rec)
    return changed, hazards
