"""escape_scan_setup - what escape-scan prepares before a build: the
plugin (found in the repository or in GCC's plugin folder, and the GCC
it was built for), the output folder, and the compiler shims
(escape_scan_shim.sh, one per compiler name found on PATH) with the
environment that puts them first.
"""
import os
import re
import shlex
import shutil
import subprocess

HERE = os.path.dirname(os.path.realpath(__file__))
TOP = os.path.dirname(HERE)
SHIM = os.path.join(HERE, "escape_scan_shim.sh")


class ScanError(Exception):
    """A problem escape-scan reports in one message, with exit status 2."""


def in_repository():
    """Is this script run from the escape source tree?"""
    return os.path.exists(os.path.join(TOP, "plugin", "escape-plugin.c"))


def gcc_major(cc):
    """The major version of compiler CC (a name or a path), or None."""
    try:
        out = subprocess.run([cc, "-dumpversion"], capture_output=True,
                             text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return out.split(".")[0] if re.match(r"^\d+", out) else None


def installed_plugin(cc):
    """The escape.so that 'make install' put in CC's plugin folder."""
    try:
        folder = subprocess.run([cc, "-print-file-name=plugin"],
                                capture_output=True, text=True,
                                timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    path = os.path.join(folder, "escape.so")
    return path if os.path.isabs(path) and os.path.exists(path) else None


def plugin_for(cc):
    """The plugin for compiler CC when none was named: the repository's
    build/<cc>/escape.so, else its escape.so at the top (repository
    only), else the installed one."""
    if in_repository():
        for path in (os.path.join(TOP, "build", os.path.basename(cc), "escape.so"),
                     os.path.join(TOP, "escape.so")):
            if os.path.exists(path):
                return path
    return installed_plugin(cc)


def plugin_gcc(plugin, cc):
    """The GCC major version PLUGIN was built for, learnt by loading it
    into CC (GCC refuses a plugin of another version, naming it)."""
    cmd = [cc, f"-fplugin={plugin}", "-fplugin-arg-escape-disable",
           "-S", "-x", "c", "-o", os.devnull, os.devnull]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.SubprocessError) as e:
        raise ScanError(f"cannot run '{cc}': {e}; name the compiler the "
                        "build uses with CC=")
    if p.returncode == 0:
        return gcc_major(cc)
    m = re.search(r"was built for GCC (\d+)", p.stderr)
    if m:
        return m.group(1)
    first = (p.stderr.strip().splitlines() or ["no message"])[-1]
    raise ScanError(f"'{plugin}' does not load into {cc}: {first}; "
                    "rebuild it with 'make' in the escape source tree")


def find_plugin(explicit, cc):
    """(plugin path, its GCC major) for --plugin EXPLICIT or the default."""
    path = explicit or plugin_for(cc)
    if not path:
        where = (f"run 'make CC={cc}' in {TOP}" if in_repository() else
                 f"install it with 'make install CC={cc}' in the escape "
                 "source tree")
        raise ScanError(f"no escape plugin found for {cc}: {where}, or "
                        "name one with --plugin FILE")
    path = os.path.abspath(path)
    if not os.path.isfile(path):
        raise ScanError(f"no plugin at '{path}': give the escape.so that "
                        "'make' built with --plugin FILE")
    return path, plugin_gcc(path, cc)


# --- the output folder -------------------------------------------------------

def prepare_output(out):
    """Create OUT and an empty work folder in it; remove the previous
    scan's results.  An unwritable folder is one error."""
    work = os.path.join(out, "work")
    try:
        os.makedirs(out, exist_ok=True)
        if os.path.isdir(work):
            shutil.rmtree(work)
        os.makedirs(os.path.join(work, "objs"))
        probe = os.path.join(work, "calls")
        with open(probe, "w", encoding="utf-8"):
            pass
        for old in ("records.jsonl", "escape.sarif"):
            if os.path.exists(os.path.join(out, old)):
                os.remove(os.path.join(out, old))
        if os.path.isdir(os.path.join(out, "html")):
            shutil.rmtree(os.path.join(out, "html"))
    except OSError as e:
        raise ScanError(f"cannot write the output folder '{out}': "
                        f"{e.strerror}; choose another with -o DIR")
    return work


# --- shims --------------------------------------------------------------------

def compiler_names(path):
    """The compiler names to shim that exist on PATH: gcc, cc, gcc-N,
    the host triplet's gcc and gcc-N, clang and clang-N, the C++
    compilers of the same names (their calls pass through, counted),
    and ccache."""
    names = ["gcc", "cc", "clang", "ccache", "g++", "c++", "clang++"]
    triplet = None
    gcc = shutil.which("gcc", path=path)
    if gcc:
        try:
            triplet = subprocess.run([gcc, "-dumpmachine"], capture_output=True,
                                     text=True, timeout=60).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            triplet = None
    for folder in path.split(os.pathsep):
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            continue
        for e in entries:
            if re.fullmatch(r"(gcc|g\+\+|clang|clang\+\+)-\d+", e) or (
                    triplet and re.fullmatch(re.escape(triplet)
                                             + r"-g(cc|\+\+)(-\d+)?", e)):
                names.append(e)
    return sorted({n for n in names if shutil.which(n, path=path)})


def shim_text(template, name, real, plugin, kind, version):
    values = {"@REAL@": real, "@PLUGIN@": plugin or "", "@KIND@": kind,
              "@NAME@": name, "@VERSION@": version or "unknown"}
    for key, value in values.items():
        template = template.replace(key, shlex.quote(value))
    return template


def write_if_changed(path, text):
    """Write PATH only when its text changes, so that its mtime (which
    ccache's compiler check reads) stays the same from scan to scan."""
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except OSError:
        pass
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o755)
    os.replace(tmp, path)


def plugin_for_version(major, plugin, plugin_major, explicit, real):
    """The plugin a compiler REAL of GCC MAJOR loads: the scan's own when
    it is for that version, else (with no --plugin) the repository's
    build/gcc-MAJOR/escape.so or the one installed for REAL, else None
    (its compiles pass through and are reported)."""
    if major == plugin_major:
        return plugin
    if explicit or major is None:
        return None
    if in_repository():
        path = os.path.join(TOP, "build", f"gcc-{major}", "escape.so")
        if os.path.exists(path):
            return path
    return installed_plugin(real)


def write_shims(out, plugin, plugin_major, explicit, path):
    """The shims in OUT/bin, one per compiler name on PATH; returns
    {name: (real compiler, its GCC major or None, kind)}."""
    bindir = os.path.join(out, "bin")
    try:
        os.makedirs(bindir, exist_ok=True)
        with open(SHIM, encoding="utf-8") as f:
            template = f.read()
    except OSError as e:
        raise ScanError(f"cannot write the output folder '{out}': "
                        f"{e.strerror}; choose another with -o DIR")
    found = {}
    for name in compiler_names(path):
        real = shutil.which(name, path=path)
        kind = ("cxx" if "++" in name else
                "clang" if name.startswith("clang") else
                "ccache" if name == "ccache" else "gcc")
        major = gcc_major(real) if kind == "gcc" else None
        own = (plugin_for_version(major, plugin, plugin_major, explicit, real)
               if kind == "gcc" else None)
        try:
            write_if_changed(os.path.join(bindir, name),
                             shim_text(template, name, real, own, kind, major))
        except OSError as e:
            raise ScanError(f"cannot write the output folder '{out}': "
                            f"{e.strerror}; choose another with -o DIR")
        found[name] = (real, major, kind)
    return bindir, found


def scan_env(bindir, work, plugin_args, plugin, path, shims):
    """The build's environment: the shims first on PATH, CC and
    CC_FOR_BUILD naming them, the work folder and plugin options for the
    shims, and a ccache extra file that changes with the options and the
    plugin (so a cache hit never hands back another scan's records)."""
    env = dict(os.environ)
    env["PATH"] = bindir + os.pathsep + path
    env["ESCAPE_SCAN_WORK"] = work
    env["ESCAPE_SCAN_ARGS"] = " ".join(plugin_args)
    env["ESCAPE_SCAN_PATH"] = path
    env["ESCAPE_SCAN_BIN"] = bindir
    st = os.stat(plugin)
    extra = os.path.join(os.path.dirname(work), "ccache-options")
    write_if_changed(extra, f"{plugin} {st.st_size} {st.st_mtime_ns}\n"
                     + "\n".join(plugin_args) + "\n")
    env["CCACHE_EXTRAFILES"] = os.pathsep.join(
        p for p in (os.environ.get("CCACHE_EXTRAFILES"), extra) if p)
    cc = os.environ.get("CC", "").strip()
    if not cc:
        cc = "gcc"
    if os.path.basename(cc) in shims and " " not in cc:
        cc = os.path.join(bindir, os.path.basename(cc))
    env["CC"] = cc
    build_cc = os.environ.get("CC_FOR_BUILD", "").strip()
    if not build_cc or (os.path.basename(build_cc) in shims
                        and " " not in build_cc):
        env["CC_FOR_BUILD"] = os.path.join(
            bindir, os.path.basename(build_cc or "gcc"))
    return env
