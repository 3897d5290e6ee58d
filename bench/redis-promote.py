#!/usr/bin/env python3
"""bench/redis-promote.py - redis-benchmark against redis built with and without promotion.

  bench/redis-promote.py [--cc gcc] [--plugin PATH] [--work DIR] [--n 100000]
                         [--runs 5] [--tests set,get,lpush,lrange_100]
                         [--commands 'LCS k1 k2;...'] [--clients 50] [--port 21600]

The two redis-servers are those scripts/real-projects.py builds from
Debian's source package (MALLOC=libc, the plugin loaded with redis's
allocators, allocator=zmalloc:zfree,...): WORK/report/redis without
promotion and WORK/promote/redis with it (WORK defaults to build/real, so
after 'make real-projects' nothing is rebuilt).  A missing one is built
there first, without running the tests.

Each round starts each server in turn on 127.0.0.1:PORT (no persistence,
no other clients), runs redis-benchmark (the one built without
promotion, for both servers) with N requests per test, reads its CSV
output and stops the server.  Besides redis-benchmark's own TESTS (none
of which reaches a promoted site), it runs COMMANDS, each a command line
redis-benchmark sends N times, on keys set first: by default three
commands whose own temporary arrays are promoted, with a variable size
that fits the 256-byte buffer at run time: LCS of two 7-byte strings
(lcsCommand's 8*8*4-byte table, t_string.c), BITOP AND of two keys
(bitopCommand's three arrays of 2 pointers, bitops.c) and HRANDFIELD
with a count of -5 on a small hash (lpRandomPairs's picks, listpack.c).
The order of the two servers alternates
from round to round, so that drift on a busy machine hits both alike.
Prints, per test, the median over RUNS rounds of the requests per
second redis-benchmark saw and of the server's CPU time per request
(from /proc/PID/task/*/schedstat, nanoseconds on a CPU, before and after
the test), for each server, and their ratios (promote / without: above
1 is faster for requests per second, below 1 is cheaper for CPU time),
all measured in this one run.  On a machine shared with other work,
requests per second move with the others' load; the server's own CPU
time much less.
"""
import importlib.util
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TOP, "scripts"))
from escape_common import find_plugin, parse_args, tool_parser  # noqa: E402

TOOL = "bench/redis-promote.py"


def real_projects():
    """scripts/real-projects.py as a module (its name has a dash)."""
    spec = importlib.util.spec_from_file_location(
        "real_projects", os.path.join(TOP, "scripts", "real-projects.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def ensure_server(rp, cc, plugin, work, variant):
    """WORK/VARIANT/redis/src/src, holding a redis-server built as
    real-projects.py builds it; built here (without the tests) if
    missing."""
    srcdir = os.path.join(work, variant, "redis", "src", "src")
    if os.path.exists(os.path.join(srcdir, "redis-server")):
        return srcdir
    print(f"{TOOL}: building redis ({variant}) in {os.path.dirname(srcdir)}", flush=True)
    rp.ensure_deb_src(["redis"])
    tree, _ = rp.fetch("redis", os.path.join(work, "src"))
    package, steps, result, own = rp.PROJECTS["redis"]
    extra = dict(rp.VARIANTS)[variant]
    flags = [f"-fplugin={plugin}", "-fplugin-arg-escape-no-werror"] + own + extra
    build_only = lambda c, f: [s for s in steps(c, f) if s[0] != "test"]
    res = rp.build_one("redis", tree, build_only, result, cc, flags,
                       os.path.join(work, variant, "redis"))
    if not res["built"]:
        sys.exit(f"{TOOL}: redis ({variant}) did not build: {res.get('failed')} "
                 f"(log {res['log']})")
    return srcdir


def wait_ready(cli, port, proc):
    for _ in range(200):
        if proc.poll() is not None:
            sys.exit(f"{TOOL}: redis-server exited with status {proc.returncode}")
        p = subprocess.run([cli, "-h", "127.0.0.1", "-p", str(port), "ping"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        if p.stdout.strip() == "PONG":
            return
        time.sleep(0.05)
    sys.exit(f"{TOOL}: redis-server on port {port} did not answer")


# What COMMANDS read: two short strings and a small hash (a listpack).
SETUP = (["SET", "k1", "abcdefg"], ["SET", "k2", "bcdxefg"],
         ["HSET", "h", "f1", "v1", "f2", "v2", "f3", "v3", "f4", "v4", "f5", "v5",
          "f6", "v6", "f7", "v7", "f8", "v8"])


def cpu_ns(pid):
    """Nanoseconds PID's threads have run on a CPU."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/schedstat") as f:
            total += int(f.read().split()[0])
    return total


def benchmark(bench, pid, port, args, what):
    """{test: (requests per second, server CPU ns per request)} of one
    redis-benchmark run of WHAT against the server PID."""
    before = cpu_ns(pid)
    p = subprocess.run([bench, "-h", "127.0.0.1", "-p", str(port), "-n", str(args.n),
                        "-c", str(args.clients), "--csv"] + what,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                       timeout=1800)
    cpu = cpu_ns(pid) - before
    if p.returncode != 0:
        sys.exit(f"{TOOL}: redis-benchmark exited {p.returncode}: {p.stderr.strip()}")
    rps = {}
    for line in p.stdout.splitlines():
        cells = [c.strip('"') for c in line.split('","')]
        if len(cells) >= 2 and cells[0] != "test":
            rps[cells[0]] = float(cells[1])
    if not rps:
        sys.exit(f"{TOOL}: no results in redis-benchmark's output: {p.stdout!r}")
    # -t runs several tests in one redis-benchmark: its CPU time is
    # shared out by their number of requests, which are equal.
    return {t: (v, cpu / len(rps) / args.n) for t, v in rps.items()}


def one_run(server, cli, bench, port, args):
    """Requests per second per test (a dict) of one redis-benchmark run
    against a fresh SERVER."""
    proc = subprocess.Popen([server, "--bind", "127.0.0.1", "--port", str(port),
                             "--save", "", "--appendonly", "no", "--daemonize", "no",
                             "--protected-mode", "yes", "--loglevel", "warning"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(cli, port, proc)
        for cmd in SETUP:
            subprocess.run([cli, "-h", "127.0.0.1", "-p", str(port)] + cmd, check=True,
                           stdout=subprocess.DEVNULL)
        rps = {}
        for t in filter(None, args.tests.split(",")):
            rps.update(benchmark(bench, proc.pid, port, args, ["-t", t]))
        for cmd in filter(None, args.commands.split(";")):
            rps.update(benchmark(bench, proc.pid, port, args, cmd.split()))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return rps


def main():
    ap = tool_parser(__doc__)
    ap.add_argument("--work", default=os.path.join(TOP, "build", "real"))
    ap.add_argument("--n", type=int, default=100000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tests", default="set,get,lpush,lrange_100")
    ap.add_argument("--commands", default="LCS k1 k2;BITOP AND dest k1 k2;"
                    "HRANDFIELD h -5 WITHVALUES")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--port", type=int, default=21600)
    args = parse_args(ap)
    plugin = find_plugin(args.cc, args.plugin, TOOL)
    work = os.path.abspath(args.work)
    rp = real_projects()
    dirs = {"without": ensure_server(rp, args.cc, plugin, work, "report"),
            "promote": ensure_server(rp, args.cc, plugin, work, "promote")}
    cli = os.path.join(dirs["without"], "redis-cli")
    bench = os.path.join(dirs["without"], "redis-benchmark")
    for d in dirs.values():
        if shutil.which(os.path.join(d, "redis-server")) is None:
            sys.exit(f"{TOOL}: no redis-server in {d}")
    print(f"{TOOL}: {subprocess.run([args.cc, '--version'], stdout=subprocess.PIPE, text=True).stdout.splitlines()[0]}; "
          f"{args.runs} rounds of redis-benchmark -n {args.n} -c {args.clients} -t {args.tests} "
          f"and {args.commands!r}; "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start", flush=True)
    rps = {name: [] for name in dirs}
    for rnd in range(args.runs):
        order = list(dirs) if rnd % 2 == 0 else list(reversed(list(dirs)))
        for name in order:
            r = one_run(os.path.join(dirs[name], "redis-server"), cli, bench, args.port, args)
            rps[name].append(r)
            print(f"  round {rnd + 1} {name}: " +
                  ", ".join(f"{t} {v:.0f}/s {ns:.0f} ns" for t, (v, ns) in r.items()),
                  flush=True)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    print(f"{'test':>34} {'without rps':>12} {'promote rps':>12} {'ratio':>6}"
          f" {'without ns/req':>15} {'promote ns/req':>15} {'ratio':>6}")
    for test in rps["without"][0]:
        med = {name: [statistics.median(r[test][i] for r in rps[name]) for i in (0, 1)]
               for name in rps}
        (off, off_ns), (on, on_ns) = med["without"], med["promote"]
        print(f"{test:>34} {off:12.0f} {on:12.0f} {on / off:6.3f}"
              f" {off_ns:15.0f} {on_ns:15.0f} {on_ns / off_ns:6.3f}")


if __name__ == "__main__":
    main()
