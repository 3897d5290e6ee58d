"""escape_inputs - the inputs of escape-report: JSON Lines reports, and
objects, static archives, executables and shared objects whose .escape
section holds the records the plugin embedded (-fplugin-arg-escape-embed),
in the compact form escape_section decodes.

Standard library only: the ELF section headers and the ar format are read
by hand.  Every malformed input is an InputError naming the file.
"""
import json
import struct

import escape_section

SECTION = b".escape"
ELF_MAGIC = b"\x7fELF"
AR_MAGIC = b"!<arch>\n"
THIN_MAGIC = b"!<thin>\n"
AR_HEADER = 60
SHT_NOBITS = 8


class InputError(Exception):
    pass


def elf_section(data, where):
    """The bytes of DATA's .escape section, or None when it has none."""
    if len(data) < 64 or data[:4] != ELF_MAGIC:
        raise InputError(f"{where}: not an ELF file")
    cls, order = data[4], data[5]
    if cls not in (1, 2) or order not in (1, 2):
        raise InputError(f"{where}: corrupt ELF header")
    e = "<" if order == 1 else ">"
    try:
        if cls == 2:
            shoff, = struct.unpack_from(e + "Q", data, 0x28)
            shentsize, shnum, shstrndx = struct.unpack_from(e + "HHH", data,
                                                            0x3A)
            fmt, size_at = e + "IIQQQQIIQQ", (4, 5)
        else:
            shoff, = struct.unpack_from(e + "I", data, 0x20)
            shentsize, shnum, shstrndx = struct.unpack_from(e + "HHH", data,
                                                            0x2E)
            fmt, size_at = e + "IIIIIIIIII", (4, 5)
        if shoff == 0:
            return None
        if shentsize < struct.calcsize(fmt):
            raise InputError(f"{where}: corrupt ELF section headers")

        def header(i):
            off = shoff + i * shentsize
            if off + struct.calcsize(fmt) > len(data):
                raise InputError(f"{where}: truncated ELF section headers")
            return struct.unpack_from(fmt, data, off)

        if shnum == 0:
            shnum = header(0)[size_at[1]]
        if shstrndx == 0xFFFF:
            shstrndx = header(0)[6]
        if shstrndx >= shnum:
            raise InputError(f"{where}: corrupt ELF section name table")
        names = header(shstrndx)
        noff, nsize = names[size_at[0]], names[size_at[1]]
        if noff + nsize > len(data):
            raise InputError(f"{where}: truncated ELF section name table")
        strtab = data[noff:noff + nsize]
        for i in range(shnum):
            h = header(i)
            start = h[0]
            end = strtab.find(b"\0", start)
            if start >= len(strtab) or end < 0:
                raise InputError(f"{where}: corrupt ELF section name")
            if strtab[start:end] != SECTION:
                continue
            off, size = h[size_at[0]], h[size_at[1]]
            if h[1] == SHT_NOBITS:
                return None     # its contents are not in this file
            if off + size > len(data):
                raise InputError(f"{where}: truncated .escape section")
            return data[off:off + size]
    except struct.error:
        raise InputError(f"{where}: truncated ELF file")
    return None


def _archive_members(data, where):
    """(name, bytes) of each member of the ar archive DATA."""
    pos, longnames = len(AR_MAGIC), b""
    while pos < len(data):
        if pos + AR_HEADER > len(data):
            raise InputError(f"{where}: truncated archive")
        head = data[pos:pos + AR_HEADER]
        if head[58:60] != b"`\n":
            raise InputError(f"{where}: corrupt archive member header at "
                             f"byte {pos}")
        try:
            size = int(head[48:58].decode("ascii").strip())
        except ValueError:
            raise InputError(f"{where}: corrupt archive member size at "
                             f"byte {pos}")
        body = data[pos + AR_HEADER:pos + AR_HEADER + size]
        if len(body) < size:
            raise InputError(f"{where}: truncated archive")
        name = head[:16].decode("ascii", "replace").rstrip()
        pos += AR_HEADER + size + (size & 1)
        if name == "//":
            longnames = body
            continue
        if name in ("/", "/SYM64/"):
            continue
        if name.startswith("/") and name[1:].isdigit():
            start = int(name[1:])
            end = longnames.find(b"/\n", start)
            name = longnames[start:end if end >= 0 else None].decode(
                "utf-8", "replace")
        yield name.rstrip("/"), body


def sections(path, data):
    """(where, section bytes) of each ELF file in DATA (PATH): the file
    itself, or each member of an archive that has a .escape section."""
    if data.startswith(THIN_MAGIC):
        raise InputError(f"{path}: a thin archive holds no objects; pass "
                         "the objects it names")
    if data.startswith(AR_MAGIC):
        chunks = []
        for name, body in _archive_members(data, path):
            if body.startswith(ELF_MAGIC):
                section = elf_section(body, f"{path}({name})")
                if section is not None:
                    chunks.append((f"{path}({name})", section))
        if not chunks:
            raise InputError(f"{path}: no member has a .escape section; "
                             "compile with -fplugin-arg-escape-embed")
        return chunks
    section = elf_section(data, path)
    if section is None:
        raise InputError(f"{path}: no .escape section; compile with "
                         "-fplugin-arg-escape-embed")
    return [(path, section)]


def _section_records(where, section):
    """(where, record) of each record of the units of SECTION; the record
    that opens each unit is left out."""
    try:
        units = escape_section.decode_section(section)
    except escape_section.SectionError as e:
        raise InputError(f"{where}: .escape section, {e}")
    records = []
    for u, values in enumerate(units, 1):
        for n, rec in enumerate(values, 1):
            if isinstance(rec, dict) and "escape_unit" in rec:
                continue
            records.append((f"{where}(.escape unit {u}, value {n})", rec))
    return records


def read_records(path):
    """The records of PATH, a JSON Lines report or a binary with .escape
    sections, as (where, record) pairs."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise InputError(f"cannot read '{path}': {e.strerror}")
    if data.startswith((AR_MAGIC, THIN_MAGIC, ELF_MAGIC)):
        return [rec for where, section in sections(path, data)
                for rec in _section_records(where, section)]
    records = []
    text = data.decode("utf-8", "replace")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            raise InputError(f"{path}:{n}: malformed JSON line: {e}")
        records.append((f"{path}:{n}", rec))
    return records
