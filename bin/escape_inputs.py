"""escape_inputs - the inputs of escape-report: JSON Lines reports, and
objects, static archives, executables and shared objects whose .escape
section holds the records the plugin embedded (-fplugin-arg-escape-embed).

Standard library only: the ELF section headers and the ar format are read
by hand.  Every malformed input is an InputError naming the file.
"""
import json
import struct

SECTION = b".escape"
ELF_MAGIC = b"\x7fELF"
AR_MAGIC = b"!<arch>\n"
THIN_MAGIC = b"!<thin>\n"
AR_HEADER = 60


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


def read_lines(path):
    """The JSON Lines text of PATH, a report or a binary with .escape
    sections, as a list of (where, line) pairs."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise InputError(f"cannot read '{path}': {e.strerror}")
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
    elif data.startswith(ELF_MAGIC):
        section = elf_section(data, path)
        if section is None:
            raise InputError(f"{path}: no .escape section; compile with "
                             "-fplugin-arg-escape-embed")
        chunks = [(path, section)]
    else:
        chunks = [(path, data)]
    lines = []
    for where, blob in chunks:
        # Sections of several units are concatenated, maybe padded.
        text = blob.replace(b"\0", b"").decode("utf-8", "replace")
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                lines.append((f"{where}:{n}", line))
    return lines


def read_records(path):
    """The records of PATH (read_lines), parsed, as (where, record)
    pairs; the line that opens each unit's embedded records is left out."""
    records = []
    for where, text in read_lines(path):
        try:
            rec = json.loads(text)
        except ValueError as e:
            raise InputError(f"{where}: malformed JSON line: {e}")
        if isinstance(rec, dict) and "escape_unit" in rec:
            continue
        records.append((where, rec))
    return records
