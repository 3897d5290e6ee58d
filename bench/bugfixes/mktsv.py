#!/usr/bin/env python3
"""bench/bugfixes/mktsv.py - write cases.tsv from cases/*/case.json."""
import json, os
root = os.path.dirname(os.path.abspath(__file__))
rows = [['id', 'repo', 'fix_commit', 'file', 'function', 'local', 'shape', 'compile']]
for cid in sorted(os.listdir(os.path.join(root, 'cases'))):
    p = os.path.join(root, 'cases', cid, 'case.json')
    if not os.path.exists(p):
        continue
    c = json.load(open(p))
    inc = 'include/ (headers at fix^)' + (', include-after/ (at fix)' if c.get('include_after') else '')
    flags = ' '.join(c['cflags']).replace('{inc}', 'include')
    gen = ('; generated headers (hand-written unless the note says otherwise): ' + ', '.join('gen/' + g for g in c['gen'])) if c['gen'] else ''
    sysd = os.path.join(root, 'cases', cid, 'sys')
    sysn = ('; third-party headers copied from the system into sys/: ' + ', '.join(sorted(os.listdir(sysd)))) if os.path.isdir(sysd) else ''
    files = c.get('files')
    extra = ('; files: ' + json.dumps(files)) if files else ''
    note = ('; ' + c['note']) if c.get('note') else ''
    rows.append([cid, c['repo'], c['fix'], c['file'], c['function'], c['local'], c['shape'],
                 'gcc -c ' + flags + ' (' + inc + gen + sysn + extra + note + ')'])
with open(os.path.join(root, 'cases.tsv'), 'w') as f:
    for r in rows:
        f.write('\t'.join(x.replace('\t', ' ').replace('\n', ' ') for x in r) + '\n')
print(len(rows) - 1, 'cases')
