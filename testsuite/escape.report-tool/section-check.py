#!/usr/bin/env python3
"""section-check.py - helpers of section.exp for the compact .escape
section (plugin/report/section.c, bin/escape_section.py).

  section-check.py vocabulary SECTION_C
      the plugin's fixed vocabulary, identifier paths, version, magic,
      recency limit and key separator (read from SECTION_C and its
      header) are the reader's
  section-check.py same INPUT... [-- INPUT...]...
      every group of INPUTs (separated by --) holds the same records,
      in the same order (bin/escape_inputs.read_records)
  section-check.py corrupt MODE IN OUT
      OUT is the object IN with its .escape section spoiled in place:
      MODE version (an unknown version byte), magic (no unit header),
      zlib (a byte of the deflated payload flipped), payload (a unit
      whose payload inflates but uses a stream it lacks), text (the
      JSON text of format 1)
  section-check.py size INPUT... -- REPORT
      prints the .escape bytes of the INPUTs and the bytes of REPORT
  section-check.py files INPUT...
      prints, for each INPUT, the files its units name (the unit's
      opening record) and the files its records and their flow notes
      name: 'INPUT units=a.c records=a.c,b.h' (distcc.exp)

Prints what differs and exits 1 when a check fails.
"""
import ast
import json
import os
import re
import sys
import zlib

TOP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
sys.path.insert(0, os.path.join(TOP, "bin"))
import escape_inputs  # noqa: E402
import escape_section  # noqa: E402


def c_strings(text):
    """The items of a C initializer list of string literals, adjacent
    literals joined."""
    items, cur = [], None
    for tok in re.finditer(r'"(?:[^"\\]|\\.)*"|,', text):
        if tok.group() == ",":
            if cur is not None:
                items.append(cur)
            cur = None
        else:
            cur = (cur or "") + ast.literal_eval(tok.group())
    if cur is not None:
        items.append(cur)
    return items


def c_table(source, name):
    m = re.search(re.escape(name) + r"\[\] = \{(.*?)\};", source, re.S)
    if not m:
        sys.exit(f"section-check: no table {name}")
    body = re.sub(r"/\*.*?\*/", "", m.group(1), flags=re.S)
    for macro, value in re.findall(r'#define (ESCAPE_\w+) ("(?:[^"\\]|\\.)*")', source):
        body = body.replace(macro, value)
    return c_strings(body)


def c_define(source, name):
    m = re.search(r"#define " + name + r" (\S+)", source)
    return ast.literal_eval(m.group(1)) if m else None


def vocabulary(path):
    with open(path) as f:
        source = f.read()
    with open(os.path.splitext(path)[0] + ".h") as f:
        header = f.read()
    checks = [
        ("vocabulary", c_table(source, "escape_section_vocabulary"),
         escape_section.VOCABULARY),
        ("identifier paths", c_table(source, "escape_section_identifier_paths"),
         list(escape_section.IDENTIFIER_PATHS)),
        ("version", c_define(header, "ESCAPE_SECTION_VERSION"), escape_section.VERSION),
        ("magic", c_define(source, "ESCAPE_SECTION_MAGIC"), escape_section.MAGIC.decode()),
        ("recency limit", c_define(source, "ESCAPE_SECTION_RECENT"), escape_section.RECENT),
        ("key separator", c_define(source, "ESCAPE_SECTION_KEY_SEP"), escape_section.KEY_SEP),
    ]
    bad = 0
    for what, plugin, reader in checks:
        if plugin != reader:
            bad += 1
            print(f"{what} differs:\n  plugin: {plugin!r}\n  reader: {reader!r}")
    if len(set(escape_section.VOCABULARY)) != len(escape_section.VOCABULARY):
        bad += 1
        print("the vocabulary has duplicates")
    return 1 if bad else 0


def same(args):
    groups = [[]]
    for a in args:
        if a == "--":
            groups.append([])
        else:
            groups[-1].append(a)
    read = [[rec for p in g for _, rec in escape_inputs.read_records(p)]
            for g in groups]
    if not read[0]:
        print(f"{' '.join(groups[0])}: no records")
        return 1
    for g, recs in zip(groups[1:], read[1:]):
        if json.dumps(recs) != json.dumps(read[0]):
            print(f"{' '.join(g)}: {len(recs)} records differ from "
                  f"{' '.join(groups[0])}'s {len(read[0])}")
            return 1
    return 0


def spoil(section, mode):
    """SECTION's bytes spoiled by MODE, of the same length."""
    s = bytearray(section)
    v = len(escape_section.MAGIC)
    if mode == "version":
        s[v] = 7
    elif mode == "version2":
        s[v] = 2
    elif mode == "magic":
        s[0:v] = b"XYZ"
    elif mode == "zlib":
        _, pos = escape_section._varint(s, v + 1, "header")
        _, pos = escape_section._varint(s, pos, "header")
        s[pos + 4] ^= 0x55
    elif mode == "payload":
        payload = b"\x01\x01\x00"     # one value, stream 0 only (empty)
        z = zlib.compress(payload)
        unit = escape_section.MAGIC + bytes([escape_section.VERSION, len(payload), len(z)]) + z
        s = bytearray(unit + b"\0" * (len(s) - len(unit)))
    elif mode == "text":
        line = b'{"escape_unit":1,"plugin":"0.1.0","file":"x.c"}\n'
        s = bytearray((line * (len(s) // len(line) + 1))[:len(s)])
    else:
        sys.exit(f"section-check: unknown mode {mode}")
    assert len(s) == len(section)
    return bytes(s)


def corrupt(mode, src, dst):
    with open(src, "rb") as f:
        data = f.read()
    section = escape_inputs.elf_section(data, src)
    at = data.find(section)
    with open(dst, "wb") as f:
        f.write(data[:at] + spoil(section, mode) + data[at + len(section):])
    return 0


def size(args):
    cut = args.index("--")
    sec = 0
    for p in args[:cut]:
        with open(p, "rb") as f:
            sec += len(escape_inputs.elf_section(f.read(), p) or b"")
    print(sec, os.path.getsize(args[cut + 1]))
    return 0


def files(args):
    for p in args:
        with open(p, "rb") as f:
            data = f.read()
        units, recs = set(), set()
        for _, section in escape_inputs.sections(p, data):
            for values in escape_section.decode_section(section):
                for rec in values:
                    if not isinstance(rec, dict):
                        continue
                    if "escape_unit" in rec:
                        units.add(rec.get("file"))
                        continue
                    recs.add(rec.get("file"))
                    recs.update(n.get("file") for n in rec.get("flow", [])
                                if isinstance(n, dict))
        print(p, "units=" + ",".join(sorted(map(str, units))),
              "records=" + ",".join(sorted(map(str, recs))))
    return 0


def main(argv):
    if len(argv) >= 2 and argv[0] == "vocabulary":
        return vocabulary(argv[1])
    if len(argv) >= 2 and argv[0] == "same":
        return same(argv[1:])
    if len(argv) == 4 and argv[0] == "corrupt":
        return corrupt(*argv[1:])
    if len(argv) >= 4 and argv[0] == "size":
        return size(argv[1:])
    if len(argv) >= 2 and argv[0] == "files":
        return files(argv[1:])
    sys.exit(__doc__)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except escape_inputs.InputError as e:
        print(f"section-check: {e}")
        sys.exit(1)
