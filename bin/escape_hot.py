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
                frames.append((m["fn"], m["file"], int(m["line"])) if m
                              else (ftbl[i], None, None))
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


def attribute(point, table):
    """The heap record POINT's blocks come from and the wrapper they went
    through: the innermost frame with a decision; when that decision is
    a wrapper's (the block is returned), the caller that received it is
    named."""
    frames = [f for f in point["frames"] if f[1]]

    def record_at(frame):
        recs = table.get((os.path.basename(frame[1]), frame[2]))
        return next((r for r in recs if r["function"] == frame[0]), recs[0]) \
            if recs else None

    for k, frame in enumerate(frames):
        rec = record_at(frame)
        if not rec:
            continue
        caller = frames[k + 1] if k + 1 < len(frames) else None
        wrapper = frame[0] if rec.get("reason") == "returned" and caller else None
        # A wrapper the user named (allocator=): its callers' calls are
        # sites with decisions of their own.
        outer = record_at(caller) if wrapper else None
        if outer:
            return outer, None, None, caller
        return rec, wrapper, caller, frame
    first = frames[0] if frames else (point["frames"][0][0], None, None)
    return None, None, None, first


def size_text(s):
    if s["uniform"] is not None:
        return f"{s['uniform']} bytes each"
    mean = s["bytes"] / max(s["blocks"], 1)
    text = f"mean {mean:.0f} bytes"
    if s["live_alone"]:
        text += f", one of {s['live_alone']} seen"
    return text


def advice(site):
    """One line of advice for a site that is not promoted."""
    rec = site["rec"]
    if rec is None:
        return "no decision: its file was not compiled with the plugin"
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
    if site["wrapper"]:
        return (f"allocated in the wrapper '{site['wrapper']}': if it behaves "
                f"like malloc, name it with -fplugin-arg-escape-allocator="
                f"{site['wrapper']}:FREE so that its callers' sites get decisions")
    if rec.get("escapes"):
        flow = rec.get("flow") or []
        where = f" ({flow[-1]['note']} at line {flow[-1]['line']})" if flow else ""
        return f"escapes: {rec.get('reason')}{where}; promotion cannot help"
    why = rec.get("not_promoted")
    if site["uniform"] is not None and site["uniform"] <= MAX_PROMOTE:
        return (f"not promoted ({why or 'promote was off'}); every block is "
                f"{site['uniform']} bytes: promote={site['uniform']} covers them")
    if site["live_alone"]:
        return (f"not promoted ({why or 'promote was off'}); DHAT keeps no size "
                f"per block: the mean is {site['bytes'] // max(site['blocks'], 1)}"
                f" bytes and one block of {site['live_alone']} was seen, so "
                f"promote={min(site['live_alone'], MAX_PROMOTE)} covers at least that one")
    return f"not promoted ({why or 'promote was off'})"


def hot_sites(points, records):
    """The sites of POINTS, aggregated and ranked by blocks."""
    table = _site_table(records)
    sites = {}
    for p in points:
        rec, wrapper, caller, frame = attribute(p, table)
        key = (id(rec), wrapper, caller) if rec else ("none",) + tuple(frame)
        s = sites.setdefault(key, {"rec": rec, "wrapper": wrapper, "caller": caller,
                                   "frame": frame, "blocks": 0, "bytes": 0,
                                   "uniform": p["uniform"], "live_alone": None})
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
    text = f"{rec['file']}:{rec['line']} {rec['name']}(...) in {rec['function']}"
    if site["wrapper"] and site["caller"]:
        fn, file, line = site["caller"]
        text += f", called from {fn} ({os.path.basename(file)}:{line})"
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
        lines.append(f"     {decision(s['rec'])}; {advice(s)}")
    return "\n".join(lines) + "\n"
