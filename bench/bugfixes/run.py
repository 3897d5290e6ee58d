#!/usr/bin/env python3
"""bench/bugfixes/run.py - run the escape plugin on the corpus of real bug
fixes in cases/ beside this file (make bugfixes).

usage: run.py PLUGIN.so [--gcc gcc] [--report bin/escape-report]
              [--cases ID,ID] [--keep DIR] [-O O0,O2]

For each case (cases/ID/case.json) the file before the fix (before.c)
and after it (after.c), unmodified, are compiled at -O0 and -O2:

  default   -fplugin=PLUGIN -fplugin-arg-escape-no-werror
            -fplugin-arg-escape-embed -c -o X.o
            (the default warning; embed does not change it)
  possible  the same with -fplugin-arg-escape-hazards=possible
  link      escape-report link --hazards possible X.o [other objects]
            (its JSON Lines record for the bug's local)
  gcc       gcc -Wall -Wextra -Wdangling-pointer=2 -Wreturn-local-addr

and each is matched against the bug's local (name, function).  Cells
give one mark per optimization level, -O0 first:
  default, gcc:   y  warned for the bug's local    .  not warned
  possible, link: D  definite   p  possible        .  none
  x  the compile failed
Found before and quiet after: default 'y' before, '.' after.
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WARN = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): (?P<kind>warning|error|note): (?P<msg>.*)$")
INFN = re.compile(r"In function '([^']+)'|inlined from '([^']+)'")


def blocks(text):
    """Warnings of a compile's stderr, each with its notes and the
    functions of its context (In function / inlined from)."""
    out, funcs, cur = [], set(), None
    for ln in text.splitlines():
        if ': In function ' in ln or ln.lstrip().startswith('inlined from') \
                or ': In function' in ln:
            if ': In function' in ln:
                funcs = set()
            for m in INFN.finditer(ln):
                funcs.add(m.group(1) or m.group(2))
            continue
        m = WARN.match(ln)
        if not m:
            continue
        if m.group('kind') == 'note':
            if cur is not None:
                cur['notes'].append(ln)
            continue
        cur = dict(file=m.group('file'), line=int(m.group('line')),
                   msg=m.group('msg'), funcs=set(funcs), notes=[], kind=m.group('kind'))
        out.append(cur)
    return out


def esc_hit(bs, case, line):
    """D, p or '' for the plugin's warnings about the bug's local."""
    L, F = case['local'], case['function']
    best = ''
    for b in bs:
        if b['kind'] != 'warning':
            continue
        m = re.match(r"address of '([^']+)' (escapes|may outlive)", b['msg'])
        if not m or m.group(1) != L:
            continue
        if F not in b['funcs'] and (line is None or b['line'] != line):
            continue
        if m.group(2) == 'escapes':
            return 'D'
        best = 'p'
    return best


def gcc_hit(bs, case, line):
    L, F = case['local'], case['function']
    for b in bs:
        if b['kind'] != 'warning':
            continue
        if '-Wreturn-local-addr' not in b['msg'] and '-Wdangling-pointer' not in b['msg'] \
                and '-Wreturn-stack-address' not in b['msg']:
            continue
        text = b['msg'] + '\n' + '\n'.join(b['notes'])
        named = ("'%s'" % L) in text
        inside = F in b['funcs']
        decl = line is not None and (':%d:' % line) in '\n'.join(b['notes'])
        if (named and inside) or (inside and '-Wreturn-local-addr' in b['msg'] and
                                  (decl or line is None)):
            return True
    return False


def link_hit(jsonl, case, version):
    L, F = case['local'], case['function']
    best = ''
    for ln in jsonl.splitlines():
        try:
            r = json.loads(ln)
        except ValueError:
            continue
        if r.get('kind') != 'local' or r.get('name') != L or r.get('function') != F:
            continue
        if not r.get('outlives'):
            continue
        if r.get('hazard') == 'definite':
            return 'D'
        best = best or 'p'
    return best


def run(cmd, cwd, timeout=600):
    env = dict(os.environ, LC_ALL='C', LANG='C')
    try:
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                           timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return 124, '', 'timeout'
    return r.returncode, r.stdout, r.stderr


def decl_line(case, version):
    return case.get('line_' + version)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('plugin')
    ap.add_argument('--gcc', default='gcc')
    ap.add_argument('--report', default=os.path.join(HERE, '..', '..', 'bin', 'escape-report'))
    ap.add_argument('--cases', default='')
    ap.add_argument('--keep', default='', help='keep the objects and logs in DIR')
    ap.add_argument('-O', dest='levels', default='O0,O2')
    ap.add_argument('-v', action='store_true', help='print the matching warnings')
    a = ap.parse_args()
    plugin = os.path.abspath(a.plugin)
    levels = a.levels.split(',')
    cdir = os.path.join(HERE, 'cases')
    ids = sorted(os.listdir(cdir))
    if a.cases:
        ids = [i for i in a.cases.split(',')]
    work = a.keep or tempfile.mkdtemp(prefix='bugfix-run-')
    os.makedirs(work, exist_ok=True)
    esc = ['-fplugin=' + plugin, '-fplugin-arg-escape-no-werror']
    gccw = ['-Wall', '-Wextra', '-Wdangling-pointer=2', '-Wreturn-local-addr']
    rows = []
    for cid in ids:
        cj = os.path.join(cdir, cid, 'case.json')
        if not os.path.exists(cj):
            continue
        case = json.load(open(cj))
        base = os.path.join(cdir, cid)
        res = {}
        for version in ('before', 'after'):
            inc = 'include-after' if case.get('include_after') and version == 'after' else 'include'
            flags = [f.replace('{inc}', inc) for f in case['cflags']]
            srcs = case.get('files', {}).get(version, [version + '.c'])
            line = decl_line(case, version)
            cells = {'default': '', 'possible': '', 'link': '', 'gcc': ''}
            for lev in levels:
                objs, d, p, g, fail = [], [], [], [], False
                logs = []
                for i, src in enumerate(srcs):
                    sflags = flags
                    if i > 0:
                        oname = src.rsplit('-', 1)[0]
                        sflags = [f.replace('{inc}', inc) for f in
                                  case.get('other_cflags', {}).get(oname, [])] + flags
                    obj = os.path.join(work, '%s-%s-%s-%d.o' % (cid, version, lev, i))
                    c1 = [a.gcc, '-c', '-' + lev] + sflags + esc + \
                        ['-fplugin-arg-escape-embed', src, '-o', obj]
                    rc1, _, e1 = run(c1, base)
                    c2 = [a.gcc, '-c', '-' + lev] + sflags + esc + \
                        ['-fplugin-arg-escape-hazards=possible', src, '-o', os.devnull]
                    rc2, _, e2 = run(c2, base)
                    c3 = [a.gcc, '-c', '-' + lev] + sflags + gccw + [src, '-o', os.devnull]
                    rc3, _, e3 = run(c3, base)
                    logs += ['$ ' + ' '.join(c1), e1, '$ ' + ' '.join(c2), e2,
                             '$ ' + ' '.join(c3), e3]
                    if rc1 or rc2 or rc3:
                        fail = True
                    objs.append(obj)
                    if i == 0:
                        d, p, g = blocks(e1), blocks(e2), blocks(e3)
                    else:
                        d += blocks(e1); p += blocks(e2); g += blocks(e3)
                if fail:
                    for k in cells:
                        cells[k] += 'x'
                    sys.stderr.write('%s %s -%s: compile failed\n' % (cid, version, lev))
                    sys.stderr.write('\n'.join(logs)[-3000:] + '\n')
                    continue
                rc4, o4, e4 = run([sys.executable, a.report, 'link', '--hazards', 'possible']
                                  + objs, base)
                logs += ['$ link', o4, e4]
                if a.keep:
                    with open(os.path.join(work, '%s-%s-%s.log' % (cid, version, lev)), 'w') as f:
                        f.write('\n'.join(logs))
                dh = esc_hit(d, case, line)
                cells['default'] += 'y' if dh == 'D' else '.'
                cells['possible'] += esc_hit(p, case, line) or '.'
                cells['link'] += (link_hit(o4, case, version) or '.') if rc4 == 0 else 'x'
                cells['gcc'] += 'y' if gcc_hit(g, case, line) else '.'
                if a.v:
                    for b in d + p + g:
                        if case['local'] in b['msg'] or '-Wreturn-local-addr' in b['msg']:
                            sys.stderr.write('%s %s %s: %s:%d %s\n' % (cid, version, lev, b['file'], b['line'], b['msg']))
            res[version] = cells
        rows.append((cid, case, res))
        print_row(cid, res, flush=True)
    print()
    summary(rows)
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)


HDR = ('case', 'default', 'possible', 'link', 'gcc')


def print_row(cid, res, flush=False, header=[True]):
    if header[0]:
        print('%-22s %-9s %-9s %-9s %-9s   (before>after, -O0 -O2 each)' % HDR)
        header[0] = False
    cols = []
    for k in ('default', 'possible', 'link', 'gcc'):
        cols.append('%s>%s' % (res['before'][k], res['after'][k]))
    print('%-22s %-9s %-9s %-9s %-9s' % ((cid,) + tuple(cols)), flush=flush)


def summary(rows):
    n = len(rows)

    def count(k, pred_b, pred_a):
        fb = sum(1 for _, _, r in rows if pred_b(r['before'][k]))
        qa = sum(1 for _, _, r in rows if pred_a(r['after'][k]))
        both = sum(1 for _, _, r in rows if pred_b(r['before'][k]) and pred_a(r['after'][k]))
        return fb, qa, both
    anyy = lambda s: 'y' in s
    anyD = lambda s: 'D' in s
    anyh = lambda s: 'D' in s or 'p' in s
    quiet = lambda s: set(s) <= {'.'}
    quietD = lambda s: 'D' not in s and 'x' not in s
    print('summary over %d cases (a case counts when any level warned):' % n)
    for label, k, pb, pa in (('default (definite)', 'default', anyy, quiet),
                             ('possible (any class)', 'possible', anyh, quiet),
                             ('link definite', 'link', anyD, quietD),
                             ('link any class', 'link', anyh, quiet),
                             ('gcc -Wdangling-pointer/-Wreturn-local-addr', 'gcc', anyy, quiet)):
        fb, qa, both = count(k, pb, pa)
        print('  %-44s found before %2d/%d   quiet after %2d/%d   both %2d/%d'
              % (label, fb, n, qa, n, both, n))


if __name__ == '__main__':
    main()
