"""escape_hot - `escape-report hot`: heap sites ranked by a run's
allocation count, from a DHAT profile (valgrind --tool=dhat), each with
its decision and one line of advice.

DHAT records, per program point (an allocation's call stack), the blocks
allocated (tbk), their bytes (tb), the largest live set, and for points
whose blocks all have one size the access counts of each byte (acc).
It keeps no size per block, so a point's sizes are known exactly only
when they are all the same; otherwise the mean, and the largest block
seen live alone (mb when mbk is 1), a lower bound of the largest.
"""
import json
import os
import re

from escape_inputs import InputError

FRAME = re.compile(r"^0x[0-9A-Fa-f]+: (?P<fn>.+?) \((?P<file>[^():]+):(?P<line>\d+)\)$")
MAX_PROMOTE = 65536
# Callers shown after a wrapper the records do not name.
CHAIN_DEPTH = 3
FRAME_LIB = re.compile(r"^0x[0-9A-Fa-f]+: (?P<fn>.+?) \(in [^()]*\)$")


def read_dhat(path):
    """The program points of DHAT file PATH: a list of dicts with blocks,
    bytes, uniform size or None, largest live-alone block or None, and
    frames [(function, file, line)] innermost first."""
    try:
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
    except OSError as e:
        raise InputError(f"cannot read '{path}': {e.strerror}")
    except ValueError:
        raise InputError(f"{path}: not a DHAT profile (not JSON); write one "
                         "with valgrind --tool=dhat --dhat-out-file=FILE")
    if not isinstance(d, dict) or "dhatFileVersion" not in d \
            or not isinstance(d.get("pps"), list) \
            or not isinstance(d.get("ftbl"), list):
        raise InputError(f"{path}: not a DHAT profile (no dhatFileVersion, "
                         "pps, ftbl); write one with valgrind --tool=dhat")
    if d.get("mode", "heap") != "heap":
        raise InputError(f"{path}: a DHAT profile of mode '{d.get('mode')}'"
                         "; run valgrind --tool=dhat without --mode")
    ftbl = d["ftbl"]
    points = []
    for n, pp in enumerate(d["pps"]):
        try:
            frames = []
            for i in pp["fs"]:
                m = FRAME.match(ftbl[i])
                lib = None if m else FRAME_LIB.match(ftbl[i])
                frames.append((m["fn"], m["file"], int(m["line"])) if m
                              else (lib["fn"] if lib else ftbl[i], None, None))
            acc = pp.get("acc")
            uniform = _acc_length(acc) if acc else None
            live = pp["mb"] if pp.get("mbk") == 1 else None
            points.append({"blocks": int(pp["tbk"]), "bytes": int(pp["tb"]),
                           "uniform": uniform, "live_alone": live,
                           "frames": frames})
        except (KeyError, IndexError, TypeError, ValueError):
            raise InputError(f"{path}: program point {n} is malformed")
    return points


def _acc_length(acc):
    """The block size an acc array (run-length encoded: -N, value) covers."""
    n, i = 0, 0
    while i < len(acc):
        if acc[i] < 0:
            n += -acc[i]
            i += 2
        else:
            n += 1
            i += 1
    return n


def _site_table(records):
    """Heap records by (file name, line)."""
    table = {}
    for r in records:
        if r["kind"] == "heap":
            table.setdefault((os.path.basename(r["file"]), r["line"]), []).append(r)
    return table


class Knowledge:
    """What the records know: heap sites by file and line, the files that
    were compiled with the plugin (any record names them), the paths to
    read their sources at, and the pointer parameters of each function."""

    def __init__(self, records, src_dirs=()):
        self.sites = _site_table(records)
        self.src_dirs = list(src_dirs)
        self.paths = {}
        self.pointer_params = {}
        for r in records:
            self.paths.setdefault(os.path.basename(r["file"]), r["file"])
            if r["kind"] == "param" and isinstance(r.get("index"), int):
                self.pointer_params.setdefault(r["function"], set()).add(r["index"])
        self._lines = {}

    def record_at(self, frame):
        if not frame[1]:
            return None
        recs = self.sites.get((os.path.basename(frame[1]), frame[2]))
        if not recs:
            return None
        return next((r for r in recs if r["function"] == frame[0]), recs[0])

    def compiled(self, frame):
        return bool(frame[1]) and os.path.basename(frame[1]) in self.paths

    def _source_path(self, name):
        """Where to read the source NAME (a base name, as DHAT gives it):
        the path its records give, else next to the other files' records,
        else the current directory."""
        path = self.paths.get(name)
        if path and os.path.exists(path):
            return path
        for d in self.src_dirs + sorted({os.path.dirname(p) for p in self.paths.values()}):
            if path and os.path.exists(os.path.join(d, path)):
                return os.path.join(d, path)
            if os.path.exists(os.path.join(d, name)):
                return os.path.join(d, name)
        return name

    def all_source_lines(self, frame):
        """Every line of the .c and .h files next to FRAME's source and to
        the recorded files."""
        if getattr(self, "_all", None) is None:
            dirs = {os.path.dirname(self._source_path(os.path.basename(frame[1])))}
            dirs |= {os.path.dirname(p) for p in self.paths.values()}
            dirs |= set(self.src_dirs)
            self._all = []
            for d in sorted(dirs):
                for n in sorted(os.listdir(d or ".")):
                    if n.endswith((".c", ".h")):
                        try:
                            with open(os.path.join(d, n), encoding="utf-8",
                                      errors="replace") as f:
                                self._all.extend(f.read().split("\n"))
                        except OSError:
                            pass
        return self._all

    def source_line(self, frame):
        """The text of FRAME's line, or None when its source cannot be read."""
        path = self._source_path(os.path.basename(frame[1] or ""))
        if path not in self._lines:
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    self._lines[path] = f.read().split("\n")
            except (OSError, TypeError):
                self._lines[path] = None
        lines = self._lines[path]
        if lines is None or not 0 < frame[2] <= len(lines):
            return None
        return lines[frame[2] - 1]


def _calls_by_name(know, caller, callee):
    """Does CALLER's source line name CALLEE (a direct call)?  True or False,
    or None when the source cannot be read."""
    text = know.source_line(caller)
    if text is None:
        return None
    return re.search(r"\b" + re.escape(callee) + r"\b", text) is not None


CALL_BEFORE = set("=(,;{}!&|?:+-/<>%^~[")


def _called_by_name_anywhere(know, frame, name):
    """Does any source the records lead to (the C files and headers in
    the directories of FRAME's file and of the recorded files: a macro
    may make the call) call NAME by name, not in its definition or a
    declaration?  None when FRAME's file cannot be read.  Code the
    preprocessor leaves out counts too."""
    if know.source_line((frame[0], frame[1], 1)) is None:
        return None
    pattern = re.compile(r"\b" + re.escape(name) + r"\s*\(")
    for text in know.all_source_lines(frame):
        for m in pattern.finditer(text):
            before = text[:m.start()].rstrip()
            if before and (before[-1] in CALL_BEFORE or before.endswith("return")):
                return True
    return False


# The C library's allocators DHAT intercepts, for stacks that leave the
# allocator's frame out.
LIBC_ALLOCATORS = ("malloc", "calloc", "realloc", "reallocarray", "strdup",
                   "strndup", "aligned_alloc", "memalign", "posix_memalign",
                   "valloc", "pvalloc")


def _calls_any_allocator(know, frame):
    """Does FRAME's source line call one of the C library's allocators by
    name?  None when it cannot be read."""
    text = know.source_line(frame)
    if text is None:
        return None
    return any(re.search(r"\b" + name + r"\b", text)
               for name in LIBC_ALLOCATORS)


def _is_allocator_frame(frame):
    """DHAT's replacement of the C library's allocator (vg_replace_malloc.c)."""
    return bool(frame[1]) and frame[1].startswith("vg_replace_")


def attribute(point, know):
    """Where POINT's blocks come from: a dict with the heap record that
    decides them (or None), the chain of functions the block went through
    (the site's function, then each wrapper up to the site or caller that
    received it), the frame shown, and what kind of attribution it is:
    "site" (a record decides), "wrapper" (the block is returned by a
    wrapper the records do not name), "pointer" (an allocator reached
    through a function pointer), "library" (allocated inside a library
    function), "uncompiled" (no record of the file exists)."""
    frames = point["frames"]
    k = next((i for i, f in enumerate(frames) if know.record_at(f)), None)
    if k is None:
        return _attribute_unknown(frames, know)
    rec = know.record_at(frames[k])
    chain = [frames[k][0]]
    # Through every wrapper: a returned block goes on to the next frame
    # up that has a record (the call of a wrapper named by allocator=).
    while rec.get("reason") == "returned":
        j = next((i for i in range(k + 1, len(frames))
                  if know.record_at(frames[i])), None)
        if j is None:
            break
        chain += [f[0] for f in frames[k + 1:j + 1]]
        rec, k = know.record_at(frames[j]), j
    out = {"rec": rec, "chain": chain, "frame": frames[k], "kind": "site",
           "callers": (), "pointer": False}
    if rec.get("reason") == "returned" and k + 1 < len(frames):
        # A wrapper the records do not name: show the callers it went to.
        callers = [f for f in frames[k + 1:k + 1 + CHAIN_DEPTH]]
        out["kind"] = "wrapper"
        out["callers"] = tuple((f[0], f[1] and os.path.basename(f[1]), f[2])
                               for f in callers)
        out["more"] = k + 1 + CHAIN_DEPTH < len(frames)
        # Does the caller's line name the wrapper?  hot_sites decides
        # from every stack whether it is reached only through a pointer.
        out["by_name"] = _calls_by_name(know, frames[k + 1], frames[k][0]) \
            if frames[k + 1][1] else None
    return out


def _attribute_unknown(frames, know):
    """POINT's blocks with no record on their stack: allocated in a file
    not compiled with the plugin, inside a library function, or through
    a function pointer from a file that was."""
    i = next((n for n, f in enumerate(frames)
              if f[1] and not _is_allocator_frame(f)), None)
    if i is None:
        first = frames[0] if frames else ("?", None, None)
        return {"rec": None, "chain": [first[0]], "frame": first,
                "kind": "library", "callers": (), "pointer": False}
    frame = frames[i]
    out = {"rec": None, "chain": [frame[0]], "frame": frame, "callers": (),
           "pointer": False, "callee": frames[i - 1][0] if i else None}
    # The innermost frame is the allocator DHAT intercepted; DHAT of
    # valgrind 3.2x leaves it out, and the stack starts at its caller.
    direct = i <= 1 or _is_allocator_frame(frames[i - 1])
    if i == 0:
        calls = _calls_any_allocator(know, frame)
    else:
        calls = _calls_by_name(know, frame, frames[i - 1][0]) \
            if direct else None
    if direct and calls is False:
        out["kind"] = "pointer"
        out["pointer"] = True
    elif not know.compiled(frame):
        out["kind"] = "uncompiled"
    elif i and not direct and not frames[i - 1][1]:
        out["kind"] = "library"
    else:
        out["kind"] = "no-site"
        out["readable"] = know.source_line(frame) is not None
    return out


def size_text(s):
    if s["uniform"] is not None:
        return f"{s['uniform']} bytes each"
    mean = s["bytes"] / max(s["blocks"], 1)
    text = f"mean {mean:.0f} bytes"
    if s["live_alone"]:
        text += f", one of {s['live_alone']} seen"
    return text


def _shape_hint(name, know):
    """allocator= for allocator NAME; when the records show it takes
    pointer parameters, the shape it may need too (its size is then not
    its only parameter, unless it copies a string)."""
    text = f"-fplugin-arg-escape-allocator={name}:FREE"
    ptrs = know.pointer_params.get(name) if know else None
    if ptrs:
        args = ", ".join(str(i) for i in sorted(ptrs))
        text += (f" (or {name}/SIZE:FREE/PTR, SIZE the index of its byte count "
                 f"or COUNT*SIZE, unless it copies a string: its argument(s) "
                 f"{args} are pointers)")
    return text


def _size_hint(site, why):
    """promote=N when the sizes DHAT saw call for it (too-large, promote-off)."""
    if why not in ("too-large", "promote-off"):
        return ""
    if site["uniform"] is not None and site["uniform"] <= MAX_PROMOTE:
        return f"; every block is {site['uniform']} bytes: promote={site['uniform']} covers them"
    if site["live_alone"]:
        return (f"; DHAT keeps no size per block: the mean is "
                f"{site['bytes'] // max(site['blocks'], 1)} bytes and one block of "
                f"{site['live_alone']} was seen, so promote="
                f"{min(site['live_alone'], MAX_PROMOTE)} covers at least that one")
    return ""


REASON_ADVICE = {
    "promote-off": "promotion was off: add -fplugin-arg-escape-promote",
    "allocator-shape": "the plugin cannot read this allocator's shape: give it one",
    "allocator-not-named": "an allocator allocator= does not name",
    "out-param": "the allocator writes through a pointer argument promotion "
                 "cannot fill (only a size_t * given an address is)",
    "unsupported-allocator": "promotion never replaces this allocator",
}


def _not_promoted_advice(site, rec, know):
    why = rec.get("not_promoted")
    name = rec.get("name")
    if why == "allocator-shape":
        return (f"not promoted (allocator-shape): the plugin cannot read the "
                f"shape of '{name}': {_shape_hint(name, know)}")
    if why == "allocator-not-named":
        return (f"not promoted (allocator-not-named): if '{name}' behaves like "
                f"malloc, name it with -fplugin-arg-escape-allocator={name}:FREE")
    if why is None:
        return "not promoted (no reason recorded: a report of an older plugin)"
    text = f"not promoted ({why})"
    if why in REASON_ADVICE and why not in ("allocator-shape", "allocator-not-named"):
        text += f": {REASON_ADVICE[why]}"
    return text + _size_hint(site, why)


def advice(site, know=None):
    """One line of advice for a site: what blocks it, and what may help."""
    rec = site["rec"]
    kind = site["kind"]
    if rec is None:
        fn, file, line = site["frame"]
        if kind == "uncompiled":
            return f"no decision: {file} was not compiled with the plugin"
        if kind == "pointer":
            callee = site.get("callee")
            what = f"'{callee}'" if callee else "the C library's allocator"
            return (f"{what} is reached through a function pointer "
                    f"from {fn} ({file}:{line}): promotion cannot replace it")
        if kind == "library":
            callee = site.get("callee")
            inside = f" '{callee}'" if callee else ""
            return (f"allocated inside the library function{inside}, which the "
                    f"plugin does not see: promotion cannot replace it")
        if not site.get("readable"):
            return (f"no heap record at {file}:{line}, which calls "
                    f"'{site.get('callee')}': through a function pointer, or "
                    f"an allocator the plugin does not know (its source was "
                    f"not found to tell: --compile-dir DIR)")
        return (f"no heap record at {file}:{line}, which calls "
                f"'{site.get('callee')}' by name: an allocator the plugin "
                f"does not know")
    if rec.get("promoted"):
        fb = ", heap above" if rec.get("fallback") else ""
        text = f"promoted ({rec.get('stack_bytes')} bytes{fb})"
        if site["uniform"] is not None and site["uniform"] <= MAX_PROMOTE:
            text += (f"; these {site['blocks']} blocks of {site['uniform']} bytes went "
                     f"to the heap: promote={site['uniform']} keeps them on the stack")
        elif site["live_alone"]:
            text += (f"; {site['blocks']} blocks went to the heap, one of "
                     f"{site['live_alone']} bytes")
        return text
    if kind == "wrapper":
        wrapper = site["chain"][-1]
        if site["pointer"] == "only":
            return (f"allocated in '{wrapper}', which is reached only through a "
                    f"function pointer: promotion cannot replace it; name a "
                    f"wrapper above it that is called by name")
        if site["pointer"] == "maybe":
            return (f"allocated in '{wrapper}', which no stack shows called by "
                    f"name (a function pointer, or callers inlined or tail-calling "
                    f"it, which leave no frame); "
                    f"through a pointer promotion cannot replace it: name a "
                    f"wrapper above it that is called by name")
        return (f"allocated in the wrapper '{wrapper}': if it behaves like "
                f"malloc, name it with {_shape_hint(wrapper, know)} so that "
                f"its callers' sites get decisions")
    if rec.get("escapes"):
        flow = rec.get("flow") or []
        where = f" ({flow[-1]['note']} at line {flow[-1]['line']})" if flow else ""
        return f"escapes: {rec.get('reason')}{where}; promotion cannot help"
    return _not_promoted_advice(site, rec, know)


def hot_sites(points, records, src_dirs=()):
    """The sites of POINTS, aggregated and ranked by blocks; sources named
    relatively are looked for in SRC_DIRS too."""
    know = Knowledge(records, src_dirs)
    sites = {}
    attributed = [(p, attribute(p, know)) for p in points]
    # A wrapper is reached only through a function pointer when no stack
    # shows a caller whose line names it (a caller inlined without a
    # frame of its own does not, so one stack is not enough).
    named = {}
    for _, a in attributed:
        if a["kind"] == "wrapper":
            w = a["chain"][-1]
            named[w] = named.get(w, False) or a.get("by_name") is not False
    for p, a in attributed:
        if a["kind"] == "wrapper" and not named[a["chain"][-1]]:
            # No stack names it: a pointer, or callers that tail-call it
            # (their frames are gone); the source tells them apart.
            by_name = _called_by_name_anywhere(know, a["frame"], a["chain"][-1])
            a["pointer"] = "only" if by_name is False else "maybe"
        rec = a["rec"]
        key = (id(rec), tuple(a["chain"]), a["callers"]) if rec \
            else ("none", a["kind"]) + tuple(a["frame"])
        s = sites.get(key)
        if s is None:
            s = sites[key] = dict(a, blocks=0, bytes=0, uniform=p["uniform"],
                                  live_alone=None, know=know)
        if s["uniform"] != p["uniform"]:
            s["uniform"] = None
        s["blocks"] += p["blocks"]
        s["bytes"] += p["bytes"]
        if p["live_alone"]:
            s["live_alone"] = max(s["live_alone"] or 0, p["live_alone"])
    return sorted(sites.values(), key=lambda s: -s["blocks"])


def describe(site):
    rec = site["rec"]
    if rec is None:
        fn, file, line = site["frame"]
        return f"{file}:{line} in {fn}" if file else f"{fn}"
    chain = site["chain"]
    text = f"{rec['file']}:{rec['line']} {rec['name']}(...) in {rec['function']}"
    if len(chain) > 1 and chain[-1] == rec["function"]:
        # A named wrapper's call: the block came up through CHAIN.
        text += ", allocated through " + " <- ".join(chain[:-1])
    elif chain[1:]:
        text += " <- " + " <- ".join(chain[1:])
    for fn, file, line in site["callers"]:
        text += f" <- {fn} ({file}:{line})" if file else f" <- {fn}"
    if site.get("more"):
        text += " <- ..."
    return text


def decision(rec):
    if rec is None:
        return "-"
    if rec.get("promoted"):
        return "promoted"
    return f"escapes: {rec.get('reason')}" if rec.get("escapes") else "does not escape"


def text_report(sites, top):
    total = sum(s["blocks"] for s in sites) or 1
    shown = sites[:top] if top else sites
    lines = [f"{len(sites)} heap sites, {total} allocations in the run"]
    for n, s in enumerate(shown, 1):
        many = "allocation" if s["blocks"] == 1 else "allocations"
        lines.append(f"{n:3}. {s['blocks']} {many} ({100.0 * s['blocks'] / total:.1f}%), "
                     f"{s['bytes']} bytes, {size_text(s)}: {describe(s)}")
        lines.append(f"     {decision(s['rec'])}; {advice(s, s.get('know'))}")
    return "\n".join(lines) + "\n"
