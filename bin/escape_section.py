"""escape_section - the records of an .escape section, format 4 (the
compact form plugin/report/section.c writes; docs/reports.md describes
it).

A section holds one or more units one after another (the linker
concatenates the sections of the objects it links; NUL bytes between
units are padding).  Each unit is

  "ESC", the version byte (3), the payload's size before and after
  deflating (varints), the payload deflated with zlib.

The payload: the number of values, the number of streams, each stream's
length (varints), then the streams.  Stream 0 holds the bytes of the
unit's new strings; the others are numbered in the order the walk over
the values first uses them, so the decoder walks the values in the
encoder's order (decode_payload).  Every malformed unit is a
SectionError saying what is wrong.

Standard library only.
"""
import zlib

MAGIC = b"ESC"
VERSION = 4

# The strings every unit's string table starts with: the same list, in
# the same order, as escape_section_vocabulary in
# plugin/report/section.c (testsuite/escape.report-tool/section.exp
# compares them).  A change is a new format version.
_HEAD = "schema\nfile\nline\ncolumn\nfunction\nkind\nname\nescapes\nreason\n"
VOCABULARY = [
    "escape_unit\nplugin\nfile",
    _HEAD + "index\nvisible\nleaks\nflow",
    _HEAD + "index\nvisible\ndepends\nleaks\nflow",
    _HEAD + "index\nvisible\nleaks\nnoescape\nflow",
    _HEAD + "index\nvisible\ndepends\nleaks\nnoescape\nflow",
    _HEAD + "outlives\nhazard\nflow",
    _HEAD + "depends\noutlives\nhazard\nflow",
    _HEAD + "promoted\nnot_promoted\nstack_bytes\nfallback\nflow",
    _HEAD + "depends\npromoted\nnot_promoted\nstack_bytes\nfallback\nflow",
    "file\nline\ncolumn\nnote",
    "callee\narg\nlevel",
    "param", "local", "heap",
    "call", "caller-memory", "returned", "escaping-object", "global",
    "integer", "thread", "asm", "unknown",
    "definite", "possible",
    "content", "freed", "result:0", "result:1", "result:2", "result:3",
    "declared", "suggested",
    "too-large", "non-constant-size", "escapes", "freed-elsewhere", "realloc",
    "reallocarray", "live-across-iterations", "stack-budget", "zero-size",
    "bad-alignment", "may-throw", "skipped", "recursive",
    "passed to ''", "value of parameter ''",
    "what is pointed to by parameter ''", "address of '' taken",
    "assigned to ''", "stored in memory of the caller, through parameter ''",
    "passed to an indirect call", "still stored at return",
    "stored in deeper memory of the caller, through parameter ''",
    "stored in global memory", "stored in ''",
    "still stored when '' is called", "stored in global ''",
    "allocated by malloc(...)", "allocated by calloc(...)",
    "allocated by realloc(...)", "allocated by strdup(...)",
    "stored in malloc(...)", "stored in calloc(...)",
    "converted to an integer", "used by inline asm",
    "still stored at a call through a pointer",
    "still stored at an asm statement", "passed to another thread by ''",
    "used in a way the analysis does not understand",
    "malloc", "calloc", "strdup",
    # Format 4: the records' key lists with must_keep, outlives_caller,
    # must_return and may-write, the locals' with undo, and the
    # dependencies' with must, result and returns.
    _HEAD + "index\nvisible\nleaks\nmust_keep\noutlives_caller\nmust_return\nwrites\nwrites_globals\nwrites_global_memory\ncalls_unknown\nflow",
    _HEAD + "index\nvisible\ndepends\nleaks\nmust_keep\noutlives_caller\nmust_return\nwrites\nwrites_globals\nwrites_global_memory\ncalls_unknown\nflow",
    _HEAD + "index\nvisible\nleaks\nmust_keep\noutlives_caller\nmust_return\nwrites\nwrites_globals\nwrites_global_memory\ncalls_unknown\nnoescape\nflow",
    _HEAD + "index\nvisible\ndepends\nleaks\nmust_keep\noutlives_caller\nmust_return\nwrites\nwrites_globals\nwrites_global_memory\ncalls_unknown\nnoescape\nflow",
    "callee\narg\nlevel\nmust\nresult\nreturns",
    _HEAD + "outlives\nhazard\nundo\nflow",
    _HEAD + "depends\noutlives\nhazard\nundo\nflow",
    "callee\nargs\nglobal\nglobal_memory",
    "not certain: what runs after the call to '' may clear it",
    "not certain: '' may not keep it on every path",
]


# The paths whose strings share the identifiers' recency list.
IDENTIFIER_PATHS = (".name", ".function", ".depends[].callee")
RECENT = 64          # strings a recency list remembers
KEY_SEP = "\n"       # between the keys of an object's shape
MAX_DEPTH = 32       # deepest nesting of lists and objects
(TAG, INT, STRING, ARG, LENGTH, SHAPE) = range(6)
NULL, FALSE, TRUE, INTEGER, STR, LIST, OBJECT = range(7)
INT64 = 1 << 64


class SectionError(Exception):
    pass


def _varint(data, pos, what, end=None):
    """The varint at POS of DATA (which ends at END) and the position
    after it."""
    end = len(data) if end is None else end
    n = shift = 0
    while True:
        if pos >= end:
            raise SectionError(f"truncated {what}")
        b = data[pos]
        pos += 1
        n |= (b & 0x7F) << shift
        if not b & 0x80:
            return n, pos
        shift += 7
        if shift > 63:
            raise SectionError(f"malformed varint in {what}")


class _Slot:
    """A field path: its streams (numbered at first use), its last
    integer, its recency lists."""
    __slots__ = ("path", "streams", "last", "strings", "shapes", "children")

    def __init__(self, path, identifiers):
        self.path = path
        self.streams = [None] * 6
        self.last = 0
        self.strings = identifiers if path in IDENTIFIER_PATHS else []
        self.shapes = []
        self.children = {}


class _Decoder:
    def __init__(self, payload):
        self.data = payload
        self.values, pos = _varint(payload, 0, "payload header")
        count, pos = _varint(payload, pos, "payload header")
        if count < 1 or count > len(payload):
            raise SectionError(f"corrupt payload header ({count} streams)")
        self.pos, self.end = [], []
        lengths = []
        for _ in range(count):
            n, pos = _varint(payload, pos, "payload header")
            lengths.append(n)
        for n in lengths:
            self.pos.append(pos)
            pos += n
            self.end.append(pos)
        if pos != len(payload):
            raise SectionError("the streams' lengths do not add up to the "
                               "payload")
        self.next_stream = 1
        self.strings = list(VOCABULARY)
        self.identifiers = []
        self.slots = {}
        self.seen = {}

    def slot(self, path):
        s = self.slots.get(path)
        if s is None:
            s = self.slots[path] = _Slot(path, self.identifiers)
        return s

    def stream(self, slot, kind):
        k = slot.streams[kind]
        if k is None:
            if self.next_stream >= len(self.pos):
                raise SectionError("more streams used than the payload has")
            k = slot.streams[kind] = self.next_stream
            self.next_stream += 1
        return k

    def byte(self, k):
        p = self.pos[k]
        if p >= self.end[k]:
            raise SectionError("a stream ends early")
        self.pos[k] = p + 1
        return self.data[p]

    def uvarint(self, k):
        n, p = _varint(self.data, self.pos[k], "a stream", self.end[k])
        self.pos[k] = p
        return n

    def string_ref(self, k, recent):
        code = self.uvarint(k)
        if code == 0:
            n = self.uvarint(0)
            p = self.pos[0]
            if p + n > self.end[0]:
                raise SectionError("the strings' stream ends early")
            self.pos[0] = p + n
            text = self.data[p:p + n].decode("utf-8", "replace")
            self.strings.append(text)
        elif code <= len(recent):
            text = recent.pop(code - 1)
        else:
            i = code - 1 - len(recent)
            if i >= len(self.strings):
                raise SectionError(f"string number {i} is not in the table")
            text = self.strings[i]
        recent.insert(0, text)
        if len(recent) > RECENT:
            recent.pop()
        return text

    def string(self, slot):
        parts = self.string_ref(self.stream(slot, STRING), slot.strings).split("'")
        for i in range(1, len(parts), 2):
            parts[i] = self.string_ref(self.stream(slot, ARG), self.identifiers)
        return "'".join(parts)

    def integer(self, slot, key):
        z = self.uvarint(self.stream(slot, INT))
        delta = (z >> 1) ^ -(z & 1)
        base = self.seen.get(key, slot.last) if key is not None else slot.last
        n = (base + delta + (INT64 >> 1)) % INT64 - (INT64 >> 1)
        slot.last = n
        if key is not None:
            self.seen[key] = n
        return n

    def child(self, slot, key):
        c = slot.children.get(key)
        if c is None:
            path = slot.path + ("[]" if key is None else "." + key)
            c = slot.children[key] = self.slot(path)
        return c

    def value(self, slot, key, depth):
        if depth > MAX_DEPTH:
            raise SectionError("nesting too deep")
        tag = self.byte(self.stream(slot, TAG))
        if tag == NULL:
            return None
        if tag == FALSE:
            return False
        if tag == TRUE:
            return True
        if tag == INTEGER:
            return self.integer(slot, key)
        if tag == STR:
            return self.string(slot)
        if tag == LIST:
            n = self.uvarint(self.stream(slot, LENGTH))
            if n > len(self.data):
                raise SectionError(f"a list of {n} elements")
            child = self.child(slot, None)
            return [self.value(child, None, depth + 1) for _ in range(n)]
        if tag == OBJECT:
            keys = self.string_ref(self.stream(slot, SHAPE), slot.shapes)
            out = {}
            for k in keys.split(KEY_SEP) if keys else []:
                out[k] = self.value(self.child(slot, k), k, depth + 1)
            return out
        raise SectionError(f"unknown value tag {tag}")

    def all(self):
        top = self.slot("")
        out = []
        for _ in range(self.values):
            self.seen = {}
            out.append(self.value(top, None, 0))
        if any(p != e for p, e in zip(self.pos, self.end)):
            raise SectionError("bytes left over in a stream")
        return out


def decode_payload(payload):
    """The values (records) of one unit's inflated payload."""
    return _Decoder(payload).all()


def _unit(blob, pos):
    """The values of the unit at POS of BLOB, and the position after it."""
    if blob[pos:pos + len(MAGIC)] != MAGIC:
        if blob[pos:pos + 1] == b"{":
            raise SectionError("a JSON text unit (format 1, from an older "
                               "plugin); rebuild the object")
        raise SectionError(f"no unit header at byte {pos}")
    pos += len(MAGIC)
    if pos >= len(blob):
        raise SectionError("truncated unit header")
    version = blob[pos]
    if 2 <= version < VERSION:
        raise SectionError(f"format {version}, from an older plugin; "
                           "rebuild the object")
    if version != VERSION:
        raise SectionError(f"unknown format version {version} (this "
                           f"escape-report reads version {VERSION})")
    raw, pos = _varint(blob, pos + 1, "unit header")
    size, pos = _varint(blob, pos, "unit header")
    if pos + size > len(blob):
        raise SectionError(f"truncated unit at byte {pos}")
    inflate = zlib.decompressobj()
    try:
        payload = inflate.decompress(blob[pos:pos + size], raw + 1)
    except zlib.error as e:
        raise SectionError(f"zlib: {e}")
    if not inflate.eof or inflate.unused_data or len(payload) != raw:
        raise SectionError("the deflated payload is corrupt or of the wrong "
                           "size")
    try:
        values = decode_payload(payload)
    except RecursionError:
        raise SectionError("nesting too deep")
    return values, pos + size


def decode_section(blob):
    """The values of each unit of an .escape section: a list of lists.
    Raises SectionError, naming the unit, for anything malformed."""
    units, pos = [], 0
    while pos < len(blob):
        if blob[pos] == 0:
            pos += 1
            continue
        try:
            values, pos = _unit(blob, pos)
        except SectionError as e:
            raise SectionError(f"unit {len(units) + 1}: {e}")
        units.append(values)
    return units
