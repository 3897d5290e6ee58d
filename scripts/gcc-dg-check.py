#!/usr/bin/env python3
"""gcc-dg-check - GCC's own -Wreturn-local-addr and -Wdangling-pointer tests as an outside check.

  scripts/gcc-dg-check.py [--cc gcc] [--plugin PATH] [--levels "-O0 -O1 -O2 -O3"]
                       [--keep DIR] [--show] [--file NAME...]

The tests are Wreturn-local-addr*.c and Wdangling-pointer*.c of gcc.dg and
of c-c++-common (which gcc.dg's dg.exp runs as C too), from Debian's
gcc-12-source (installed when missing and run as root), unpacked once into
KEEP/src (default build/gcc-dg/src; never committed).  Each file is
compiled with CC (-c, -fdiagnostics-plain-output, LC_ALL=C) and its
dg-options without -O and -Werror (a -W option CC does not know, such as
-Wdangling-pointer for GCC 11, is dropped), with -fplugin=escape.so
-fplugin-arg-escape-verbose=2, once per level: the "counted" levels are
the test's own (its dg-options' -O, as GCC runs it, -O being -O1; -O0 and
-O2 when it names none), and --levels are run too.  Every compile must
end without an internal compiler error.

Expectations are the dg-warning, dg-error, dg-regexp and dg-bogus
directives whose regexp names return-local-addr, "address of local",
"returns address", dangling-pointer, "dangling pointer" or "storing the
address", with DejaGnu's line rules (no line argument: the directive's
own line; '.', '.-N', '.+N' or a number).  Line 0 (a diagnostic without a
location) is listed but not counted: in these files each one repeats a
located xfail expectation of the same test.  Each is classified:

  outlives  the address outlives the function: returned or stored in the
            caller's memory or a global ("address of local", "storing the
            address", return-local-addr; OVERRIDES for a bare
            -Wdangling-pointer), and a use of a dangling pointer that
            returns it ('return p;'): what the plugin claims; in scope.
  scope     a pointer used after its block ended, inside the function
            ("using dangling pointer", "... may be used"): not what the
            plugin claims; counted apart, never a failure.

An expectation is HIT when a plugin warning of its function, or of a
function that calls it (GCC reports inlined code at the callee's line),
is on its line or has a flow note step on it ("line"); or else when that
warning is about a local whose declaration the test marks with a
dg-message in that function, or that the regexp names ('auto_x')
("decl": this covers GCC's "missing location" xfails, whose directive
sits on a comment line next to the return).  xfail expectations (GCC
itself misses them) count like the others.  Each local the test marks
with a dg-message in a function with an in-scope expectation must get a
plugin warning too ("named warned").

A plugin warning that hits no in-scope expectation is FALSE, except in
functions the test mutes with '#pragma GCC diagnostic ignored
"-Wdangling-pointer"' and, in a test run with -Wno-return-local-addr, a
returned address (both "unchecked").  Quiet functions are those with no
relevant dg-warning; dg-bogus lines belong to them.

The plugin warns with -fplugin-arg-escape-hazards=CLASS (--hazards):
possible by default, so that every hazard the audit class finds is
checked; --hazards definite --measure gives the default warning's recall
and quiet functions without failing on the misses it is expected to have.

A miss, an unwarned named local or a false warning not in KNOWN (the
documented differences, each with its reason) fails the check, at any
level; so does an internal compiler error.  As a check of the parser,
GCC's own warnings in the same compiles are matched against the
non-xfail expectations at the counted levels (the regexp on the same
line), and printed ("GCC met"; GCC 12's tests, so older GCCs meet fewer).

Prints a per-file table at the counted levels, a per-level total, each
problem, and a closing 'gcc-dg: N passed, N failed' line (over all
compiles: expectations hit plus clean quiet functions, against problems
not in KNOWN); exits 1 on any such problem.  --show prints each
compile's plugin warnings with their flow lines.
"""
import fnmatch
import os
import re
import shlex
import sys
import tempfile

from escape_common import (GCC_SOURCE, TOP, extract_gcc_tests, find_plugin, is_ice,
                           output_tail, parse_args, plugin_flags, run, tool_parser)

TOOL = "gcc-dg"
PREFIX = "gcc/testsuite/"
# gcc.dg's dg.exp also runs c-c++-common's tests, as C.
DIRS = ("gcc.dg", "c-c++-common")
PATTERNS = ("Wreturn-local-addr*.c", "Wdangling-pointer*.c")
TRIPLE = "x86_64-pc-linux-gnu"
ALL_LEVELS = "-O0 -O1 -O2 -O3"

# The expectations this check is about, by their regexp (after Tcl's
# backslash substitution).
RELEVANT = re.compile(r"return-local-addr|address of local|returns? address"
                      r"|dangling.pointer|storing the address", re.I)

# Classes by regexp, first match wins.
CLASSES = (
    (re.compile(r"return-local-addr|address of local"), "outlives"),
    (re.compile(r"storing the address"), "outlives"),
    (re.compile(r"using .*dangling pointer|dangling pointer .*may be used"), "scope"),
)

# Expectations whose regexp does not say what they are about (a bare
# "-Wdangling-pointer"): (file, line) -> (class, why).
OVERRIDES = {
    ("gcc.dg/Wdangling-pointer.c", 75): (
        "outlives", "p[1] = &a[1] stores a VLA's address in the caller's memory "
        "(GCC xfails it)"),
    ("c-c++-common/Wdangling-pointer-8.c", 11): (
        "outlives", "p = &x[3] stores a local's address in a global (dg-regexp)"),
    ("c-c++-common/Wdangling-pointer-8.c", 19): (
        "outlives", "*p = &x[3] stores a local's address in the caller's memory "
        "(dg-regexp)"),
}

# Documented differences: (file, function, 'miss', 'unnamed' or 'false')
# -> reason.
# Every entry must name its reason in docs/analysis.md.
KNOWN = {
    ("gcc.dg/Wreturn-local-addr-3.c", "return_int_2_locals", "false"): (
        "returns (intptr_t) of a local's address: integers as wide as a pointer "
        "carry addresses (docs/analysis.md, 'Values that cannot hold a pointer'); "
        "GCC deliberately stays quiet on the cast"),
    ("gcc.dg/Wreturn-local-addr-9.c", "g", "false"): (
        "'if (p == &q) p = 0; return p;': points-to sets are flow- and "
        "path-insensitive (docs/analysis.md, 'How it decides'), so p may hold &q; "
        "GCC gives the same warning at -Os, its own dg-bogus being xfail"),
    ("c-c++-common/Wreturn-local-addr.c", "return_addr_local_as_int", "false"): (
        "returns (intptr_t)&i, as in gcc.dg/Wreturn-local-addr-3.c"),
    ("c-c++-common/Wdangling-pointer.c", "nowarn_return_local_addr", "false"): (
        "returns a local's address; the test's own comment: 'a likely bug ... "
        "diagnosed by -Wreturn-local-addr', which this -Wdangling-pointer test "
        "does not check"),
    ("c-c++-common/Wdangling-pointer.c", "nowarn_return_alloca", "false"): (
        "returns alloca storage; the same comment as nowarn_return_local_addr"),
    ("c-c++-common/Wdangling-pointer-5.c", "nowarn_store_extern_call", "false"): (
        "'evp = &x; sink (0);': nothing undoes the store, and an unknown call is "
        "no kill (docs/analysis.md, 'Kill rules'); GCC stays quiet in case sink "
        "resets evp"),
    ("c-c++-common/Wdangling-pointer-5.c", "nowarn_store_arg_call", "false"): (
        "'*vpp = &x; sink (0);': as nowarn_store_extern_call"),
    ("c-c++-common/Wdangling-pointer-5.c", "nowarn_store_extern_store", "false"): (
        "'evp = &x; *p = 0;' with p from an unknown call: a store kills only the "
        "same location or one GCC proves covers it (docs/analysis.md, 'Kill "
        "rules'); GCC stays quiet in case p == &evp"),
    ("c-c++-common/Wdangling-pointer-5.c", "nowarn_store_arg_store", "false"): (
        "'*vpp = &x; *p = 0;': as nowarn_store_extern_store"),
    ("c-c++-common/Wdangling-pointer-5.c", "nowarn_store_arg_store_arg", "false"): (
        "'*vpp1 = &x; *vpp2 = 0;': as nowarn_store_extern_store (the test itself "
        "asks 'warn here?')"),
}


# --- the tests --------------------------------------------------------------

def wanted(rel):
    """Is REL (below gcc/testsuite/) one of the tests this check reads?"""
    d, _, base = rel.partition("/")
    return d in DIRS and "/" not in base and \
        any(fnmatch.fnmatch(base, p) for p in PATTERNS)


def extract(dest):
    """Unpack the tests once into DEST (kept between runs)."""
    extract_gcc_tests(TOOL, dest, PREFIX, wanted)


# --- DejaGnu directives -----------------------------------------------------

def tcl_words(text, i):
    """The words of a Tcl list starting at TEXT[I] up to the '}' that
    closes the directive: (words, index after it).  A word is a quoted
    string (raw, without its quotes), a {braced} list (raw, without its
    braces) or a bare word."""
    words = []
    n = len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == "}":
            return words, i + 1
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            words.append(text[i + 1:j])
            i = j + 1
        elif c == "{":
            depth, j = 1, i + 1
            while j < n and depth:
                depth += {"{": 1, "}": -1}.get(text[j], 0)
                j += 1
            words.append(text[i + 1:j - 1])
            i = j
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] != "}":
                j += 1
            words.append(text[i:j])
            i = j
    return words, i


def tcl_unquote(s):
    """Tcl's backslash substitution in a quoted word: '\\\\[' is '\\[',
    '\\(' is '('."""
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", "r": "\r"}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def selector_applies(sel):
    """Whether a target or xfail selector's words name this host (target
    triples are matched; other words are assumed true)."""
    words = sel.split()[1:]
    triples = [w for w in words if w.count("-") >= 2]
    return not triples or any(fnmatch.fnmatch(TRIPLE, t) for t in triples)


class Directive:
    """One dg-warning, dg-bogus or dg-message: KIND, REGEXP (Python),
    LINE (the line it is about; 0 for none), AT (its own line), XFAIL."""

    def __init__(self, kind, words, at):
        self.kind, self.at = kind, at
        self.text = tcl_unquote(words[0]) if words else ""
        self.regexp = re.compile(self.text)
        self.xfail, self.applies = False, True
        if len(words) > 2 and words[2].strip():
            sel = words[2].strip()
            if sel.startswith("xfail"):
                self.xfail = selector_applies(sel)
            elif sel.startswith("target"):
                self.applies = selector_applies(sel)
        spec = words[3] if len(words) > 3 else "."
        m = re.fullmatch(r"\.([+-]\d+)?", spec)
        self.line = at + int(m.group(1) or 0) if m else int(spec)
        self.cls = None


def parse_directives(lines):
    found = []
    for n, text in enumerate(lines, 1):
        for m in re.finditer(r"\{\s*dg-([a-z-]+)", text):
            words, _ = tcl_words(text, m.end())
            found.append((m.group(1), words, n))
    return found


# --- functions in the source ------------------------------------------------

def strip_comments(src):
    """SRC with comments, strings and character constants blanked out,
    newlines kept, so that offsets and line numbers stay."""
    out, i, n = [], 0, len(src)
    while i < n:
        two = src[i:i + 2]
        if two == "/*":
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
        elif two == "//":
            j = src.find("\n", i)
            j = n if j < 0 else j
        elif src[i] in "\"'":
            j = i + 1
            while j < n and src[j] != src[i]:
                j += 2 if src[j] == "\\" else 1
            j += 1
        else:
            out.append(src[i])
            i += 1
            continue
        out.append(re.sub(r"[^\n]", " ", src[i:j]))
        i = j
    return "".join(out)


def functions(src):
    """[(name, first line, last line)] of the function definitions in
    SRC: a top-level '{' after a declarator with a parameter list; the
    name is the identifier before the last parenthesised group (so
    'ATTR (noipa) void*\\nf (int n)' is f).  Enough for GCC's tests."""
    code = strip_comments(src)
    found, depth, start, sig_from = [], 0, None, 0
    for i, c in enumerate(code):
        if c == "{":
            if depth == 0:
                sig = code[sig_from:i]
                groups = list(re.finditer(r"(\w+)\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$",
                                          sig))
                if groups and "=" not in sig and \
                        not re.match(r"\s*(struct|union|enum|typedef)\b", sig):
                    lead = len(sig) - len(sig.lstrip())
                    start = (groups[-1].group(1),
                             code.count("\n", 0, sig_from + lead) + 1)
                else:
                    start = None
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                if start:
                    found.append((start[0], start[1], code.count("\n", 0, i) + 1))
                start = None
                sig_from = i + 1
        elif c == ";" and depth == 0:
            sig_from = i + 1
    return found


def function_at(funcs, line):
    for name, first, last in funcs:
        if first <= line <= last:
            return name
    return None


class Test:
    """One test file: its options, functions and directives."""

    def __init__(self, path):
        self.path = path
        self.name = os.path.join(os.path.basename(os.path.dirname(path)),
                                 os.path.basename(path))
        with open(path, encoding="utf-8", errors="replace") as f:
            src = f.read()
        self.funcs = functions(src)
        self.lines = src.splitlines()
        self.options, self.expect, self.bogus, self.marks = [], [], [], []
        self.line0, self.ignored = [], []
        for kind, words, at in parse_directives(self.lines):
            if kind == "options" and words:
                self.options = shlex.split(tcl_unquote(words[0]))
            if kind not in ("warning", "error", "bogus", "message", "regexp"):
                continue
            d = Directive(kind, words, at)
            if not d.applies:
                continue
            if kind == "message":
                self.marks.append(d)
            elif not RELEVANT.search(d.text):
                self.ignored.append(d)
            elif d.line == 0:
                self.line0.append(d)
            elif kind == "bogus":
                self.bogus.append(d)
            else:
                d.cls = classify(self.name, d, self.lines[d.line - 1])
                self.expect.append(d)
        # Functions where the test turns -Wdangling-pointer off with a
        # pragma say nothing: they are neither quiet nor checked.
        self.muted = set()
        off = None
        for n, text in enumerate(self.lines, 1):
            if re.match(r'\s*#\s*pragma GCC diagnostic ignored "-Wdangling-pointer', text):
                off = n
            elif off and re.match(r"\s*#\s*pragma GCC diagnostic pop", text):
                self.muted |= {f for f, a, b in self.funcs if off < a and b < n}
                off = None
        # A test run with -Wno-return-local-addr says nothing about
        # returned addresses.
        self.no_return = "-Wno-return-local-addr" in self.options
        self.loud = {function_at(self.funcs, d.line) for d in self.expect}
        self.quiet = [f for f, _, _ in self.funcs
                      if f not in self.loud and f not in self.muted]

    def callers(self, func):
        """The functions whose bodies call FUNC."""
        return {f for f, a, b in self.funcs if f != func and re.search(
            rf"\b{re.escape(func or '')}\s*\(", "\n".join(self.lines[a:b]))}

    def unchecked(self, w):
        """Whether the plugin warning W is about something the test does
        not check: in a muted function, or a returned address under
        -Wno-return-local-addr."""
        return w.func in self.muted or (self.no_return and w.msg.endswith(": returned"))

    def levels(self):
        """The test's own levels: its dg-options' last -O (-O is -O1), else
        -O0 and -O2."""
        opt = [o for o in self.options if re.fullmatch(r"-O\w*", o)]
        return [{"-O": "-O1"}.get(opt[-1], opt[-1])] if opt else ["-O0", "-O2"]

    def flags(self):
        return [o for o in self.options
                if not re.fullmatch(r"-O\w*", o) and not o.startswith("-Werror")]


def classify(name, d, source):
    """D's class: OVERRIDES, else CLASSES; a use of a dangling pointer
    that returns it ('return p;') is a returned address too."""
    if (name, d.line) in OVERRIDES:
        return OVERRIDES[(name, d.line)][0]
    for regexp, cls in CLASSES:
        if regexp.search(d.text):
            if cls == "scope" and re.match(r"\s*return\s+[A-Za-z_]\w*\s*;", source):
                return "outlives"
            return cls
    sys.exit(f"{TOOL}: {name}:{d.at}: cannot classify dg-{d.kind} \"{d.text}\"; "
             f"add it to OVERRIDES")


# --- the compiler's output --------------------------------------------------

DIAG = re.compile(r"^(?P<file>[^:\s][^:]*):(?P<line>\d+):(?:\d+:)? (?P<kind>warning|note|error): "
                  r"(?P<msg>.*)$")
INFUNC = re.compile(r"^[^:]+: In function '(?P<func>[^']+)':")
# A definite hazard "escapes: ...", a possible one "may outlive 'f': ...".
PLUGIN_WARNING = re.compile(r"^(?P<what>.*?) (?:escapes|may outlive '[^']*'): (?P<why>.*)$")
FLOW = re.compile(r"^flow: .* at (?P<file>[^:\s]+):(?P<line>\d+)$")


class Warning_:
    """A plugin warning: LINE, FUNC, MESSAGE, FLOW (its flow notes' lines)."""

    def __init__(self, line, func, msg):
        self.line, self.func, self.msg, self.flow, self.notes = line, func, msg, [], []

    def lines(self):
        return {self.line} | set(self.flow)


def parse_output(out, name):
    """(plugin warnings, GCC's own warnings as (line, message)) in OUT for
    the file NAME."""
    plugin, gcc, func, head = [], [], None, None
    for text in out.splitlines():
        m = INFUNC.match(text)
        if m:
            func = m.group("func")
            continue
        m = DIAG.match(text)
        if not m or os.path.basename(m.group("file")) != name:
            continue
        line, kind, msg = int(m.group("line")), m.group("kind"), m.group("msg")
        if kind == "warning":
            if re.search(r"\[-W[^]]*\]$", msg):
                gcc.append((line, msg, text))
                head = None
            elif PLUGIN_WARNING.match(msg):
                head = Warning_(line, func, msg)
                plugin.append(head)
            else:
                head = None
        elif kind == "note":
            f = FLOW.match(msg)
            if f and head is not None:
                head.flow.extend((line, int(f.group("line"))))
                head.notes.append(msg)
            elif not f:
                head = None
    return plugin, gcc


# --- matching ---------------------------------------------------------------

class Result:
    """What one compile of one test gave against its expectations."""

    def __init__(self, test, level, rc, out):
        self.test, self.level = test, level
        self.ice = is_ice(rc, out)
        text = out.decode(errors="replace")
        self.failed = rc != 0 and not self.ice
        self.tail = output_tail(out) if rc != 0 else ""
        self.warnings, self.gcc = parse_output(text, os.path.basename(test.path))
        self.hits = {}          # expectation -> 'line' or 'decl' or None
        self.false = []         # plugin warnings hitting no in-scope expectation
        self.unchecked = []     # ... about what the test does not check
        self.bogus_hit = []
        self.match()

    def match(self):
        t = self.test
        # Declarations of locals the test marks with a dg-message.
        marked = {(function_at(t.funcs, d.line), d.line) for d in t.marks
                  if not re.match(r"\s*(extern|static)\b", t.lines[d.line - 1])}
        used = set()
        for d in t.expect:
            func = function_at(t.funcs, d.line)
            # The function's warnings, and its callers' (GCC warns about
            # inlined code at the callee's line).
            mine = [w for w in self.warnings
                    if w.func == func or w.func in t.callers(func)]
            named = set(re.findall(r"'(\w+)'", d.text))
            how = None
            on_line = [w for w in mine if d.line in w.lines()]
            by_decl = [w for w in mine if (w.func, w.line) in marked
                       or set(re.findall(r"^address of '(\w+)'", w.msg)) & named]
            if on_line:
                how = "line"
            elif by_decl:
                how = "decl"
            self.hits[d] = how
            if d.cls == "outlives":
                used.update(id(w) for w in on_line + by_decl)
        self.unchecked = [w for w in self.warnings if id(w) not in used and t.unchecked(w)]
        self.false = [w for w in self.warnings if id(w) not in used and not t.unchecked(w)]
        for d in t.bogus:
            if any(d.line in w.lines() for w in self.warnings):
                self.bogus_hit.append(d)
        # The declarations GCC names (dg-message) in functions with an
        # in-scope expectation, and whether the plugin warns on each.
        scoped = {function_at(t.funcs, d.line) for d in t.expect if d.cls == "outlives"}
        self.marks = {}
        for func, line in sorted(marked):
            if func in scoped:
                self.marks[(func, line)] = any(w.func == func and w.line == line
                                               for w in self.warnings)

    def gcc_check(self):
        """(met, total): the non-xfail expectations that GCC's own warnings
        meet at this level (DejaGnu's rule: the regexp on the same line)."""
        want = [d for d in self.test.expect if not d.xfail]
        met = [d for d in want if any(
            line == d.line and d.regexp.search(full if d.kind == "regexp" else msg)
            for line, msg, full in self.gcc)]
        return len(met), len(want)


def problems(res):
    """[(kind, function, message, known reason or None)] for one Result."""
    t, out = res.test, []
    where = f"{t.name} {res.level}"
    if res.ice:
        out.append(("crash", None, f"{where}: internal compiler error: {res.tail}", None))
    elif res.failed:
        out.append(("crash", None, f"{where}: compile failed: {res.tail}", None))
    for d, how in res.hits.items():
        if d.cls == "outlives" and not how:
            func = function_at(t.funcs, d.line)
            out.append(("miss", func,
                        f"{where}: line {d.line} ({func}): no plugin warning for "
                        f"dg-{d.kind} \"{d.text}\"{' (xfail in GCC)' if d.xfail else ''}",
                        KNOWN.get((t.name, func, "miss"))))
    for (func, line), warned in res.marks.items():
        if not warned:
            out.append(("unnamed", func,
                        f"{where}: line {line} ({func}): GCC names this local "
                        f"(dg-message), the plugin does not warn about it",
                        KNOWN.get((t.name, func, "unnamed"))))
    for w in res.false:
        quiet = "a quiet function" if w.func in t.quiet else "no in-scope expectation"
        out.append(("false", w.func,
                    f"{where}: line {w.line} ({w.func}, {quiet}): warning: {w.msg}",
                    KNOWN.get((t.name, w.func, "false"))))
    return out


# --- running ----------------------------------------------------------------

def compile_test(args, test, level, tmp):
    """Compiles TEST at LEVEL with the plugin.  A -W option the compiler
    does not know (-Wdangling-pointer before GCC 12) is dropped."""
    flags = test.flags()
    while True:
        cmd = ([args.cc, level] + flags +
               ["-fdiagnostics-plain-output", "-c", test.path,
                "-o", os.path.join(tmp, "t.o")] + args.plugin_flags)
        rc, out, _ = run(cmd, cwd=tmp, timeout=300)
        m = re.search(rb"unrecognized command-line option '(-W[^']*)'", out)
        if rc == 0 or not m or m.group(1).decode() not in flags:
            break
        flags = [f for f in flags if f != m.group(1).decode()]
    if rc == "timeout":
        out = b"timeout after 300 s"
    return Result(test, level, rc, out)


def table(rows, header):
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    fmt = "  ".join(f"{{:{'<' if i == 0 else '>'}{w}}}" for i, w in enumerate(widths))
    print(fmt.format(*header))
    for r in rows:
        print(fmt.format(*r))


def counts(results):
    """Totals over RESULTS (one per test and level)."""
    c = dict.fromkeys(("in", "hit", "decl", "xfail", "xfail_hit", "miss", "out", "out_hit",
                       "quiet", "quiet_clean", "false", "false_quiet", "known", "bogus",
                       "bogus_hit", "ice", "marks", "marks_warned"), 0)
    for r in results:
        for d, how in r.hits.items():
            if d.cls == "outlives":
                c["in"] += 1
                c["hit"] += bool(how)
                c["decl"] += how == "decl"
                c["miss"] += not how
                c["xfail"] += d.xfail
                c["xfail_hit"] += d.xfail and bool(how)
            else:
                c["out"] += 1
                c["out_hit"] += bool(how)
        noisy = {w.func for w in r.false}
        c["quiet"] += len(r.test.quiet)
        c["quiet_clean"] += len([f for f in r.test.quiet if f not in noisy])
        c["false"] += len(r.false)
        c["false_quiet"] += len([w for w in r.false if w.func in r.test.quiet])
        c["known"] += len([p for p in problems(r) if p[3]])
        c["bogus"] += len(r.test.bogus)
        c["bogus_hit"] += len(r.bogus_hit)
        c["ice"] += r.ice or r.failed
        c["marks"] += len(r.marks)
        c["marks_warned"] += sum(r.marks.values())
    return c


def main():
    ap = tool_parser(__doc__)
    ap.add_argument("--levels", default=ALL_LEVELS,
                    help=f"levels run besides each test's own (default '{ALL_LEVELS}')")
    ap.add_argument("--keep", default=os.path.join(TOP, "build", "gcc-dg"))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--file", action="append", help="run only this test (repeatable)")
    ap.add_argument("--hazards", choices=("definite", "possible"),
                    default="possible",
                    help="the hazard class the plugin warns for (default "
                    "possible: every hazard, which the check requires; "
                    "definite: the default warning, measured with --measure)")
    ap.add_argument("--measure", action="store_true",
                    help="print the tables and problems but exit 0: for "
                    "--hazards definite, whose misses are expected")
    args = parse_args(ap, glued=("--levels",))
    plugin = find_plugin(args.cc, args.plugin, TOOL)
    args.plugin_flags = plugin_flags(plugin, verbose=2) + [
        f"-fplugin-arg-escape-hazards={args.hazards}"]
    os.environ["LC_ALL"] = "C"          # ASCII quotes in GCC's messages
    src = os.path.join(args.keep, "src")
    extract(src)
    names = sorted(os.path.join(d, f) for d in DIRS
                   for f in os.listdir(os.path.join(src, d)) if f.endswith(".c"))
    if args.file:
        names = [n for n in names
                 if n in args.file or os.path.basename(n) in args.file]
    tests = [Test(os.path.join(src, n)) for n in names]

    results = []                        # (result, counted)
    with tempfile.TemporaryDirectory() as tmp:
        for t in tests:
            own = t.levels()
            for level in own + [lv for lv in args.levels.split() if lv not in own]:
                r = compile_test(args, t, level, tmp)
                results.append((r, level in own))
                if args.show:
                    for w in r.warnings:
                        print(f"  {t.name} {level} {w.func}:{w.line}: {w.msg} "
                              f"(flow lines {sorted(set(w.flow))})")

    counted = [r for r, c in results if c]
    print(f"gcc-dg: {len(tests)} files from {GCC_SOURCE} ({args.cc}; "
          f"{' '.join(args.plugin_flags[1:])}); at each test's own level(s):")
    def row(name, levels, rs):
        c = counts(rs)
        met = [r.gcc_check() for r in rs]
        return (name, levels, f"{c['hit']}/{c['in']}", c["decl"],
                f"{c['xfail_hit']}/{c['xfail']}", f"{c['marks_warned']}/{c['marks']}",
                f"{c['out_hit']}/{c['out']}", f"{c['quiet_clean']}/{c['quiet']}",
                c["false"], c["known"], f"{sum(m[0] for m in met)}/{sum(m[1] for m in met)}")

    rows = [row(t.name, " ".join(r.level for r in counted if r.test is t),
                [r for r in counted if r.test is t]) for t in tests]
    rows.append(row("total", "", counted))
    table(rows, ("file", "levels", "outlives hit", "by decl", "of them xfail",
                 "named warned", "scope hit", "quiet clean", "false", "known", "GCC met"))

    print("\nby level (all files; the tests' own levels and --levels):")
    rows = []
    for level in sorted({r.level for r, _ in results}):
        c = counts([r for r, _ in results if r.level == level])
        rows.append((level, f"{c['hit']}/{c['in']}", c["miss"],
                     f"{c['marks_warned']}/{c['marks']}", f"{c['out_hit']}/{c['out']}",
                     f"{c['quiet_clean']}/{c['quiet']}", c["false"], c["known"],
                     f"{c['bogus_hit']}/{c['bogus']}", c["ice"]))
    table(rows, ("level", "outlives hit", "missed", "named warned", "scope hit",
                 "quiet clean", "false", "known", "dg-bogus hit", "crashes"))

    bad = 0
    seen_known = set()
    print()
    for r, _ in results:
        for kind, func, msg, reason in problems(r):
            if reason:
                seen_known.add((r.test.name, func, kind))
                print(f"KNOWN {kind.upper()}: {msg}")
            else:
                bad += 1
                print(f"{kind.upper()}: {msg}")
    for key, reason in KNOWN.items():
        print(f"known difference {key[0]} {key[1]} ({key[2]}): {reason}"
              f"{'' if key in seen_known else ' [not seen in this run]'}")
    for t in tests:
        for d in t.line0:
            print(f"not counted: {t.name}:{d.at}: dg-warning \"{d.text}\" at line 0 "
                  f"(no location)")
    passed = sum(1 for r, _ in results for d, how in r.hits.items()
                 if d.cls == "outlives" and how)
    passed += sum(len([f for f in r.test.quiet if f not in {w.func for w in r.false}])
                  for r, _ in results)
    if args.measure:
        print(f"gcc-dg (hazards={args.hazards}, measured): {passed} hits "
              f"and clean quiet functions, {bad} problems")
        return 0
    print(f"gcc-dg: {passed} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
