"""escape_scan_replay - `escape-scan --compile-commands FILE`: compile
each C entry of a compilation database (CMake's, Meson's, bear's) again
with the plugin, in parallel, output discarded (-S -o /dev/null), each
unit's records written to a report of its own in the work folder.
"""
import concurrent.futures
import json
import os
import shlex
import subprocess
import sys
import threading
import time

import escape_scan_setup as setup

C_SUFFIXES = (".c", ".i")
WRAPPERS = ("ccache", "distcc", "icecc", "sccache")
# Options whose output the replay must not write (dependency files), with
# whether they take a separate argument.
DROPPED = {"-MD": False, "-MMD": False, "-MP": False, "-MF": True,
           "-MT": True, "-MQ": True}


def read_database(path):
    """The entries of compile_commands.json PATH; a missing or corrupt
    file is one error."""
    try:
        with open(path, encoding="utf-8") as f:
            entries = json.load(f)
    except OSError as e:
        raise setup.ScanError(f"cannot read '{path}': {e.strerror}; "
                              "generate it with cmake "
                              "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON, meson "
                              "setup, or bear -- make")
    except ValueError as e:
        raise setup.ScanError(f"'{path}' is not valid JSON ({e}); generate "
                              "it again (cmake -DCMAKE_EXPORT_COMPILE_"
                              "COMMANDS=ON, meson setup, or bear -- make)")
    if not isinstance(entries, list):
        raise setup.ScanError(f"'{path}' is not a compilation database (a "
                              "JSON list of entries); generate it again")
    out = []
    for n, e in enumerate(entries, 1):
        if not (isinstance(e, dict) and isinstance(e.get("directory"), str)
                and isinstance(e.get("file"), str)
                and isinstance(e.get("arguments", e.get("command")),
                               (str, list))):
            raise setup.ScanError(
                f"'{path}': entry {n} lacks 'directory', 'file' and "
                "'command' or 'arguments'; generate the file again")
        argv = e.get("arguments") or shlex.split(e["command"])
        out.append((e["directory"], e["file"], [str(a) for a in argv]))
    return out


def compiler_of(argv):
    """ARGV without a leading ccache or distcc: (compiler, the rest)."""
    while len(argv) > 1 and os.path.basename(argv[0]) in WRAPPERS:
        argv = argv[1:]
    return argv[0], argv[1:]


def is_c(file, args):
    lang = [args[i + 1] for i, a in enumerate(args[:-1]) if a == "-x"]
    lang += [a[2:] for a in args if a.startswith("-x") and len(a) > 2]
    if lang:
        return lang[-1] in ("c", "cpp-output")
    return file.endswith(C_SUFFIXES)


def is_escape_option(a):
    """Is A one of the plugin's own options (replaced by the scan's)?"""
    return (a == "-fplugin=escape" or (a.startswith("-fplugin=")
                                       and a.endswith("/escape.so"))
            or a.startswith("-fplugin-arg-escape-"))


def replay_args(args, plugin, plugin_args, report):
    """ARGS for the replay: no output, dependency file or escape option of
    its own; -S instead of -c; the plugin writing REPORT."""
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
        elif a == "-o" or DROPPED.get(a):
            skip = True
        elif a in DROPPED or a.startswith(("-o", "-MF", "-MT", "-MQ")) \
                or is_escape_option(a):
            pass
        else:
            out.append("-S" if a == "-c" else a)
    return out + ["-o", os.devnull, f"-fplugin={plugin}",
                  f"-fplugin-arg-escape-report={report}"] + plugin_args


class Progress:
    """'N of M files, elapsed, estimate' on one line of a terminal."""

    def __init__(self, total):
        self.total, self.done = total, 0
        self.start = time.monotonic()
        self.on = sys.stderr.isatty()
        self.lock = threading.Lock()

    def step(self):
        with self.lock:
            self.done += 1
            if not self.on:
                return
            spent = time.monotonic() - self.start
            left = spent / self.done * (self.total - self.done)
            sys.stderr.write(f"\rescape-scan: {self.done} of {self.total} "
                             f"files, {spent:.0f}s elapsed, about "
                             f"{left:.0f}s left ")
            sys.stderr.flush()

    def end(self):
        if self.on:
            sys.stderr.write("\n")


def check_compilers(entries, plugin_major):
    """Each distinct compiler of the C entries must be a GCC of the
    plugin's version."""
    seen = {}
    for _, _, cc, _ in entries:
        if cc in seen:
            continue
        name = os.path.basename(cc)
        if "clang" in name:
            raise setup.ScanError(
                f"the compilation database compiles with clang ({cc}); the "
                "plugin runs in GCC: configure the build with CC=gcc and "
                "generate the database again")
        major = setup.gcc_major(cc)
        if major != plugin_major:
            raise setup.ScanError(
                f"this build runs gcc {major or '(unknown)'} ({cc}); "
                f"escape.so was built for gcc {plugin_major}: "
                + fix_for(major, plugin_major))
        seen[cc] = major


def fix_for(major, plugin_major):
    """How to get a plugin for GCC MAJOR, or to build with PLUGIN_MAJOR."""
    if setup.in_repository():
        return (f"run make CC=gcc-{major} in {setup.TOP} and scan again, "
                f"or build with CC=gcc-{plugin_major}")
    return (f"install the plugin for it with make install CC=gcc-{major}, "
            f"or build with CC=gcc-{plugin_major}")


def replay(database, jobs, work, plugin, plugin_major, plugin_args):
    """Compile the C entries of DATABASE (read_database's entries);
    returns (counts, inputs as (folder, report) pairs, failed entries)."""
    entries, skipped = [], 0
    for folder, file, argv in database:
        cc, args = compiler_of(argv)
        if not is_c(file, args):
            skipped += 1
            continue
        entries.append((folder, file, cc, args))
    check_compilers(entries, plugin_major)
    progress = Progress(len(entries))

    def one(n, entry):
        folder, file, cc, args = entry
        rep = os.path.join(work, "objs", f"{n}.jsonl")
        cmd = [cc] + replay_args(args, plugin, plugin_args, rep)
        try:
            p = subprocess.run(cmd, cwd=folder, capture_output=True,
                               text=True, errors="replace")
            status, err = p.returncode, p.stderr
        except OSError as e:
            status, err = 127, f"{cc}: {e.strerror}\n"
        progress.step()
        return folder, file, rep, status, err

    inputs, failed = [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for folder, file, rep, status, err in pool.map(
                lambda ne: one(*ne), enumerate(entries)):
            if status != 0:
                failed.append((file, err))
            elif os.path.exists(rep):
                inputs.append((folder, rep))
    progress.end()
    for file, err in failed:
        sys.stderr.write(err)
        print(f"escape-scan: {file}: the compile failed", file=sys.stderr)
    counts = {"c": len(entries) - len(failed), "other-language": skipped,
              "failed": len(failed)}
    return counts, inputs, failed
