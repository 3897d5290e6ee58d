"""escape_link - `escape-report link`: settle the conditional decisions of
a whole program against the summaries of the functions its files define.

A record that escapes only through calls to functions its translation
unit did not define carries "depends": [{"callee", "arg", "level",
"must", "result"}...] (the plugin's summarize/depends.c): the object is
LEVEL dereferences below argument ARG (0-based) of a call to CALLEE.
"must" says that were the callee to keep that argument in a global on
every path, the object would be kept too (a local: on some path to an
exit, with nothing after the call that may undo it; a parameter's value:
on every path through its function).  "result" is the shallowest level
below the call's result that escapes in the caller (null: none).

A parameter record of an externally visible function ("visible": true)
is that function's summary for parameter "index": "heap" in its leaks
means the callee keeps the pointer, "content" that what it points to
escapes, "result:N" that it returns what is N levels below it;
"must_keep" that it keeps it in a global on every path and leaves it
there; "outlives_caller" that it keeps it beyond its caller's frame on some
path (itself, or a same-file function it passes it to); "must_return"
that every return returns it (or a pointer into it, or NULL); its own
"depends" are calls it passes the parameter on to.  A dependency's
"returns" says that were the callee to must-return the argument, the
caller would return the object (a local) on some path.

For each summary the smallest level that escapes is found, to a fixpoint
that starts from "nothing escapes" so that mutual recursion across files
settles (a least fixpoint: only what some file really keeps escapes).  A
level the callee returns escapes when the caller lets it: at the
dependency's "result" or deeper (a record without "result" comes from an
older plugin: every returned level escapes).  A dependency on a function
that no input defines, or on a parameter with no record, escapes as
before.  A record whose every dependency is settled no longer escapes;
one that a callee keeps takes the callee's reason, and its flow goes on
into the callee's files.  A local kept beyond its frame that way is a
hazard: definite when the dependency is "must" and the callee (through
its own dependencies, to a fixpoint) must-keeps the argument, possible
otherwise.  A local a callee hands back that the caller returns is one
too: definite when the dependency "returns" and the callee
"must_return"s it.
"""

NEVER = 1 << 30          # no level escapes


def _key(rec):
    return (rec["function"], rec.get("index"))


def _dep_key(dep):
    return (dep.get("callee"), dep.get("arg"))


def summaries(records):
    """The visible parameter records, by (function, index)."""
    table = {}
    for rec in records:
        if rec["kind"] == "param" and rec.get("visible") is True \
                and isinstance(rec.get("index"), int):
            table.setdefault(_key(rec), rec)
    return table


def _result_levels(rec):
    """The levels below the parameter its function returns."""
    return sorted(int(x[7:]) for x in rec.get("leaks") or []
                  if x.startswith("result:") and x[7:].isdigit())


def _own_level(rec):
    """The smallest level a parameter record keeps by itself (what it
    returns is the caller's business: _callee_level)."""
    leaks = rec.get("leaks") or []
    if "heap" in leaks and not rec.get("depends"):
        return 0
    return 1 if "content" in leaks else NEVER


class Whole:
    """The summaries of the inputs, solved."""

    def __init__(self, records):
        self.table = summaries(records)
        self.level_of = {k: _own_level(r) for k, r in self.table.items()}
        self._fix(self._lower_level)
        self.outlives = {k: _own_outlives(r) for k, r in self.table.items()}
        self._fix(self._grow_outlives)
        self.must = {k: r.get("must_keep") is True
                     for k, r in self.table.items()}
        self._fix(self._grow_must)

    def _fix(self, step):
        changed = True
        while changed:
            changed = False
            for k, rec in self.table.items():
                changed |= step(k, rec)

    def callee_level(self, dep):
        """The smallest level below the callee's argument that escapes
        through DEP: kept by the callee, or returned and then let escape
        by the caller; None for a callee no input defines."""
        key = _dep_key(dep)
        if key not in self.table:
            return None
        m = self.level_of[key]
        result = dep.get("result", 0)
        for r in _result_levels(self.table[key]):
            if result is not None:
                m = min(m, r + result)
        return m

    def dep_level(self, dep):
        """The smallest level of the caller's object that escapes through
        DEP (an object L levels below the argument is dep.level + L below
        the callee's argument)."""
        m = self.callee_level(dep)
        if m is None:
            return 0
        return max(0, m - dep.get("level", 0))

    def dep_escapes(self, dep):
        return self.dep_level(dep) == 0

    def returned(self, dep):
        """Does the callee of DEP return its argument itself (level 0)
        into a result the caller lets escape there?"""
        key = _dep_key(dep)
        return key in self.table and dep.get("result") == 0 and \
            (0 in _result_levels(self.table[key])
             or self.table[key].get("must_return") is True)

    def dep_kept(self, dep):
        """Does the callee keep (not merely return) the object of DEP?"""
        key = _dep_key(dep)
        return key in self.table and \
            dep.get("level", 0) >= self.level_of[key]

    def _lower_level(self, k, rec):
        m = self.level_of[k]
        for dep in rec.get("depends") or []:
            m = min(m, self.dep_level(dep))
        if m < self.level_of[k]:
            self.level_of[k] = m
            return True
        return False

    @staticmethod
    def _grow(flags, k, rec, passes):
        """Set FLAGS[k] when a dependency of REC at level 0 that PASSES
        reaches a callee whose flag is set; True when it changed."""
        if flags[k]:
            return False
        for dep in rec.get("depends") or []:
            if dep.get("level", 0) == 0 and passes(dep) \
                    and flags.get(_dep_key(dep)):
                flags[k] = True
                return True
        return False

    def _grow_outlives(self, k, rec):
        return self._grow(self.outlives, k, rec, self.dep_kept)

    def _grow_must(self, k, rec):
        return self._grow(self.must, k, rec,
                          lambda dep: dep.get("must") is True)


def _own_outlives(summary):
    """Does the callee itself keep the parameter beyond its caller's
    frame (on some path): its "outlives_caller", which covers what its
    same-file callees do with it; for records of an older plugin, read
    from its reason and flow."""
    if "outlives_caller" in summary:
        return summary["outlives_caller"] is True \
            or summary.get("must_keep") is True
    flow = summary.get("flow") or []
    return summary.get("must_keep") is True or \
        (summary.get("reason") in ("global", "thread") and
         any("still stored" in s.get("note", "") or "thread" in
             s.get("note", "") for s in flow))


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


def _kept_chain(whole, dep):
    """The callees' summaries DEP's object goes through: the first
    callee, then each one of another file it passes the argument on to,
    until one keeps (or returns) it by itself."""
    chain, seen = [], set()
    while dep is not None:
        key = _dep_key(dep)
        if key in seen or key not in whole.table:
            break
        seen.add(key)
        summary = whole.table[key]
        chain.append((dep, summary))
        if _own_level(summary) == 0 or _own_outlives(summary):
            break
        dep = next((d for d in summary.get("depends") or []
                    if d.get("level", 0) == 0 and whole.dep_kept(d)), None)
    return chain


def _in_order(deps):
    """DEPS in a fixed order (callee, argument, level), so that the same
    unit compiled with other options links to the same words."""
    return sorted(deps, key=lambda d: (str(d.get("callee")), d.get("arg", 0),
                                       d.get("level", 0)))


def _keeping_dep(whole, rec):
    """The first dependency of REC through which it escapes, with its
    summary (None for a callee no input defines); (None, None) when none
    escapes."""
    for dep in _in_order(rec["depends"]):
        key = _dep_key(dep)
        if key not in whole.table:
            return dep, None
        if whole.dep_escapes(dep):
            return dep, whole.table[key]
    return None, None


def _hazard_class(whole, rec):
    """The class of the hazard REC's dependencies make, or None, and for
    a possible one the dependency and what makes it uncertain."""
    found = (None, None, None)
    for dep in _in_order(rec["depends"]):
        key = _dep_key(dep)
        if dep.get("level", 0) == 0 and whole.returned(dep):
            # The callee hands the argument back and the caller lets the
            # result escape: certainly returned when the callee returns
            # it on every path and the caller returns the result.
            if dep.get("returns") is True and \
                    whole.table[key].get("must_return") is True:
                return "definite", dep, None
            if found[0] is None:
                found = ("possible", dep,
                         f"'{dep['callee']}' may not return it on every "
                         "path" if dep.get("returns") is True else
                         f"where the result of '{dep['callee']}' goes may "
                         "not keep it")
            continue
        if dep.get("level", 0) != 0 or not whole.outlives.get(key) \
                or not whole.dep_kept(dep):
            continue
        if dep.get("must") is True and whole.must.get(key):
            return "definite", dep, None
        if found[0] is None:
            why = f"what runs after the call to '{dep['callee']}' may " \
                  "clear it" if dep.get("must") is not True else \
                  f"'{dep['callee']}' may not keep it on every path"
            found = ("possible", dep, why)
    return found


HAZARD_RANK = {None: 0, "possible": 1, "definite": 2}


def _settle(whole, rec, dep, hazards):
    """REC escapes through DEP: take the callee's reason and flow, and
    the hazard it makes."""
    chain = _kept_chain(whole, dep)
    flow = rec.get("flow")
    for d, s in chain:
        flow = _linked_flow(flow, d, s)
    rec["reason"] = chain[-1][1].get("reason") or rec["reason"]
    rec["flow"] = flow
    rec["linked"] = True
    if rec["kind"] == "local":
        cls, _, why = _hazard_class(whole, rec)
        if HAZARD_RANK[cls] > HAZARD_RANK[rec.get("hazard")]:
            rec["outlives"] = True
            rec["hazard"] = cls
            hazards.append(rec)
            if why:
                # As the compiler's possible class, the flow ends with
                # what makes it uncertain.
                call = next(s for s in rec["flow"] if s.get("linked_call"))
                rec["flow"].append({"file": call["file"],
                                    "line": call["line"],
                                    "column": call["column"],
                                    "note": f"not certain: {why}"})


def _writes_table(summaries_table):
    """What each function of the inputs may write, from its visible
    parameter records (SUMMARIES_TABLE, Whole.table) of a plugin that
    writes "writes": by name, "globals" (the globals it writes by name),
    "global_memory", "unknown" (it calls code nothing is known of) and
    "params" (index -> may-write bits)."""
    table = {}
    for rec in summaries_table.values():
        if "writes" not in rec:
            continue
        info = table.setdefault(rec["function"], {
            "globals": set(rec.get("writes_globals") or ()),
            "global_memory": rec.get("writes_global_memory") is not False,
            "unknown": rec.get("calls_unknown") is not False,
            "params": {}})
        info["params"][rec["index"]] = rec["writes"]
    return table


def _undo_settled(table, undo):
    """Does the function UNDO names write none of what it asks (no write
    through the arguments that reach the location, no write of the
    global it names or of global memory), by its may-write summary?"""
    info = table.get(undo.get("callee"))
    if info is None or info["unknown"]:
        return False
    if any(info["params"].get(i) != 0 for i in undo.get("args") or ()):
        return False
    if undo.get("global_memory") is not False and info["global_memory"]:
        return False
    g = undo.get("global")
    return g is None or (not info["global_memory"] and g not in info["globals"])


# The path notes a possible hazard's flow ends with: what may undo it.
UNDO_NOTES = ("still stored when ", "may be undone by ",
              "still stored at a call", "still stored at an asm")


def _settle_undo(table, rec):
    """A possible hazard whose every call of another file that may undo it
    writes nothing there (by that function's may-write summary) is
    definite; its flow says so instead of the call that may undo it."""
    undo = rec.get("undo")
    if rec.get("hazard") != "possible" or not undo \
            or not all(_undo_settled(table, u) for u in undo):
        return False
    flow = [s for s in rec.get("flow") or []
            if not (isinstance(s, dict) and
                    str(s.get("note", "")).startswith(UNDO_NOTES))]
    last = flow[-1] if flow else {"file": rec["file"], "line": rec["line"],
                                  "column": rec.get("column", 0)}
    callees = sorted({u["callee"] for u in undo})
    names = " and ".join(f"'{c}'" for c in callees)
    verb = "writes" if len(callees) == 1 else "write"
    flow.append({"file": last.get("file", rec["file"]),
                 "line": last.get("line"), "column": last.get("column", 0),
                 "note": f"not undone by {names}, which {verb} nothing there"})
    rec.update(hazard="definite", flow=flow, linked=True)
    return True


def link(records):
    """Settle REC's conditional decisions in place; return the records
    changed and the new hazards (locals a callee in another file keeps
    beyond the frame, with their "hazard" class)."""
    whole = Whole(records)
    changed, hazards = [], []
    for rec in records:
        if not rec.get("escapes") or not rec.get("depends"):
            continue
        # A parameter is settled only when the call was its one leak.
        if rec["kind"] == "param" and \
                [x for x in rec.get("leaks", []) if x != "freed"] != ["heap"]:
            continue
        dep, summary = _keeping_dep(whole, rec)
        if dep is None:
            rec.update(escapes=False, reason=None, flow=[], linked=True)
            if rec["kind"] == "param":
                rec["leaks"] = [x for x in rec["leaks"] if x != "heap"]
            if rec["kind"] == "local":
                rec["outlives"] = False
                rec["hazard"] = None
            changed.append(rec)
        elif summary is not None:
            _settle(whole, rec, dep, hazards)
            changed.append(rec)
    table = _writes_table(whole.table)
    for rec in records:
        if rec["kind"] == "local" and _settle_undo(table, rec):
            if rec not in changed:
                changed.append(rec)
            if rec not in hazards:
                hazards.append(rec)
    return changed, hazards
