#!/usr/bin/env python3
"""bench/bugfixes/mkcase.py - make cases/ID (beside this file) from a
repository mirror the search tool's fetch brought.

mkcase.py ID REPO FIX PATH --func F --local L --shape TEXT
          [--cflag=-Idir ...] [--gen NAME]... [--extra PATH]...

REPO is owner/name (mirror /work/.mirror/owner+name/repo).  before.c is
PATH at FIX^, after.c PATH at FIX, both unmodified.  The headers the file
includes from the repository (found with gcc -MM at each commit) are
copied to include/ (FIX^) and, when any differs, include-after/ (FIX).
Files named by --gen must already be in cases/ID/gen/ (hand-written
generated headers such as config.h).  -I flags given with --cflag are
relative to the repository root; the file's own directory is added first.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))


def sh(*a, **k):
    return subprocess.run(a, check=True, capture_output=True, **k).stdout


def extract(gitdir, commit, dest, path, extra):
    import fnmatch
    os.makedirs(dest)
    names = sh('git', '--git-dir', gitdir, 'ls-tree', '-r', '--name-only', '-z',
               commit).decode().split('\0')
    pats = ['*.h', '*.def', '*.inc', '*.in', path] + list(extra)
    want = [n for n in names if n and any(fnmatch.fnmatch(n, p) for p in pats)]
    for i in range(0, len(want), 500):
        tar = sh('git', '--git-dir', gitdir, 'archive', commit, '--', *want[i:i + 500])
        subprocess.run(['tar', '-x', '-C', dest], input=tar, check=True)


def deps(tree, path, iflags, gen):
    cmd = ['gcc', '-MM', '-MG'] + [f for f in iflags] + ['-I' + gen] + [path]
    r = subprocess.run(cmd, cwd=tree, capture_output=True, text=True)
    if r.returncode:
        sys.stderr.write(r.stderr)
        raise SystemExit('gcc -MM failed')
    out = r.stdout.replace('\\\n', ' ').split(':', 1)[1].split()
    res = []
    for d in out:
        p = os.path.normpath(os.path.join(tree, d))
        if p.startswith(tree + '/') and os.path.isfile(p):
            rel = os.path.relpath(p, tree)
            if rel != path:
                res.append(rel)
    return sorted(set(res))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('id'); ap.add_argument('repo'); ap.add_argument('fix')
    ap.add_argument('path')
    ap.add_argument('--func', required=True)
    ap.add_argument('--local', required=True)
    ap.add_argument('--shape', required=True)
    ap.add_argument('--cflag', action='append', default=[])
    ap.add_argument('--extra', action='append', default=[])
    ap.add_argument('--note', default='')
    ap.add_argument('--other', action='append', default=[],
                    help='another file of the program, compiled and linked with it')
    a = ap.parse_args()
    gitdir = '/work/.mirror/%s/repo' % a.repo.replace('/', '+')
    fix = sh('git', '--git-dir', gitdir, 'rev-parse', a.fix).decode().strip()
    parent = sh('git', '--git-dir', gitdir, 'rev-parse', fix + '^').decode().strip()
    cdir = os.path.join(ROOT, 'cases', a.id)
    os.makedirs(cdir, exist_ok=True)
    gen = os.path.join(cdir, 'gen')
    os.makedirs(gen, exist_ok=True)
    fdir = os.path.dirname(a.path) or '.'
    iflags = ['-I' + fdir] + [f for f in a.cflag if f.startswith('-I') and not f.startswith('-I@')]
    cflags = ['-I' + os.path.join(cdir, f[3:]) for f in a.cflag if f.startswith('-I@')]
    dflags = [f for f in a.cflag if not f.startswith('-I')]
    tmp = tempfile.mkdtemp(prefix='mkcase-')
    sets = {}
    for tag, c in (('before', parent), ('after', fix)):
        t = os.path.join(tmp, tag)
        extract(gitdir, c, t, a.path, a.extra + a.other)
        shutil.copyfile(os.path.join(t, a.path), os.path.join(cdir, tag + '.c'))
        ds = deps(t, a.path, iflags + cflags + dflags, gen)
        for o in a.other:
            base = os.path.splitext(os.path.basename(o))[0]
            shutil.copyfile(os.path.join(t, o), os.path.join(cdir, '%s-%s.c' % (base, tag)))
            oi = ['-I' + (os.path.dirname(o) or '.')] + iflags[1:]
            ds = sorted(set(ds) | set(deps(t, o, oi + cflags + dflags, gen)))
        sets[tag] = (t, ds)
    tb, db = sets['before']
    ta, da = sets['after']
    same = db == da and all(
        open(os.path.join(tb, f), 'rb').read() == open(os.path.join(ta, f), 'rb').read()
        for f in db)
    for tag, (t, ds) in sets.items():
        if tag == 'after' and same:
            continue
        inc = os.path.join(cdir, 'include' if tag == 'before' else 'include-after')
        shutil.rmtree(inc, ignore_errors=True)
        os.makedirs(inc)
        for d in ds:
            os.makedirs(os.path.dirname(os.path.join(inc, d)), exist_ok=True)
            shutil.copyfile(os.path.join(t, d), os.path.join(inc, d))
    if same:
        shutil.rmtree(os.path.join(cdir, 'include-after'), ignore_errors=True)
    shutil.rmtree(tmp)
    flags = []
    for f in iflags:
        g = '-I{inc}' if f[2:] in ('.', '') else '-I{inc}/' + f[2:]
        if g not in flags:
            flags.append(g)
    flags += ['-I' + f[3:] for f in a.cflag if f.startswith('-I@')]
    flags += ['-Igen'] + dflags
    meta = dict(id=a.id, repo=a.repo, fix=fix, parent=parent, file=a.path,
                function=a.func, local=a.local, shape=a.shape, cflags=flags,
                include_after=not same, gen=sorted(os.listdir(gen)),
                others=a.other,
                note=a.note)
    if a.other:
        meta['files'] = {v: [v + '.c'] + ['%s-%s.c' % (os.path.splitext(os.path.basename(o))[0], v)
                                          for o in a.other] for v in ('before', 'after')}
        meta['other_cflags'] = {os.path.splitext(os.path.basename(o))[0]:
                                ['-I{inc}/' + os.path.dirname(o)] for o in a.other}
    old = os.path.join(cdir, 'case.json')
    if os.path.exists(old):
        o = json.load(open(old))
        for k in ('line_before', 'line_after'):
            if k in o:
                meta[k] = o[k]
    json.dump(meta, open(old, 'w'), indent=1)
    print(cdir, 'headers:', len(db), 'after differs' if not same else '')


if __name__ == '__main__':
    main()
