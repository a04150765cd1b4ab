#!/usr/bin/env python3
"""Runs Weft's benchmark suite (ci/bench/suite/*.py) on weft --tm=gil, weft --tm=stm, CPython and
PyPy in one session, so that the ratios compare runs on the same machine, and prints a Markdown
table: the best wall time of N runs per runtime, the ratios to CPython, stm/gil, and the peak
resident memory of each runtime. CPython's output is the reference: a runtime that prints
anything else shows FAIL, one that exits with an error or times out shows ERR, each with a short
reason, and the other cells stay. Standard library only. See ci/bench/README.md.

    python3 ci/bench/run.py [--runs N] [--only nbody,richards] [--runtimes weft-gil,cpython]
                            [--weft "java ... -cp CLASSES dev.weft.cli.Weft"] [--markdown FILE]
"""
import argparse
import math
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SUITE = os.path.join(ROOT, 'ci', 'bench', 'suite')
RUNTIMES = ['weft-gil', 'weft-stm', 'cpython', 'pypy']
LABELS = {'weft-gil': 'weft gil', 'weft-stm': 'weft stm', 'cpython': 'CPython', 'pypy': 'PyPy'}
# (column title, numerator, denominator)
RATIOS = [('gil/CPy', 'weft-gil', 'cpython'), ('stm/CPy', 'weft-stm', 'cpython'),
          ('stm/gil', 'weft-stm', 'weft-gil'), ('PyPy/CPy', 'pypy', 'cpython')]


class Result:
    """The outcome of one runtime on one program: best time and peak memory, or why it failed."""

    def __init__(self, times=None, rss_kb=None, status='ok', reason=''):
        self.times = times or []
        self.rss_kb = rss_kb
        self.status = status  # ok, FAIL (wrong output) or ERR (crash, timeout, cannot start)
        self.reason = reason

    @property
    def ok(self):
        return self.status == 'ok'

    @property
    def best(self):
        return min(self.times) if self.times else None


def run_once(cmd, timeout):
    """Runs cmd; returns (seconds, peak RSS in KiB, exit code or None on timeout, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=ROOT)
        except OSError as e:
            return 0.0, None, -1, b'', str(e).encode()
        timed_out = []

        def kill():
            timed_out.append(True)
            proc.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            # wait4 gives this child's own resource use, so its ru_maxrss is this run's peak
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        code = None if timed_out else proc.returncode
        return elapsed, usage.ru_maxrss, code, out.read(), err.read()


def short_reason(stderr, code):
    lines = [l.strip() for l in stderr.decode('utf-8', 'replace').splitlines() if l.strip()]
    last = lines[-1] if lines else 'exit status %d' % code
    return last if len(last) <= 60 else last[:57] + '...'


def measure(cmd, runs, timeout, expected):
    """Best of runs; stops at the first failing run. expected None: any successful output."""
    res = Result()
    output = None
    for _ in range(runs):
        elapsed, rss, code, out, err = run_once(cmd, timeout)
        if code is None:
            return Result(status='ERR', reason='timed out after %ds' % timeout), None
        if code != 0:
            return Result(status='ERR', reason=short_reason(err, code)), out
        if expected is not None and out != expected:
            return Result(status='FAIL', reason=first_difference(expected, out)), out
        output = out
        res.times.append(elapsed)
        res.rss_kb = rss if res.rss_kb is None else max(res.rss_kb, rss)
    return res, output


def first_difference(expected, got):
    exp = expected.decode('utf-8', 'replace').splitlines()
    out = got.decode('utf-8', 'replace').splitlines()
    for i in range(max(len(exp), len(out))):
        a = exp[i] if i < len(exp) else '<end>'
        b = out[i] if i < len(out) else '<end>'
        if a != b:
            text = 'line %d: %r' % (i + 1, b)
            return 'output differs, ' + (text if len(text) <= 50 else text[:47] + '...')
    return 'output differs'


def cpu_model():
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    return line.split(':', 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or 'unknown CPU'


def version_of(cmd):
    try:
        r = subprocess.run(cmd + ['--version'], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return '?'
    words = (r.stdout + r.stderr).decode('utf-8', 'replace').split()
    if 'Python' not in words[:1] or len(words) < 2:
        return '?'
    if '[PyPy' in words:
        return 'PyPy %s (Python %s)' % (words[words.index('[PyPy') + 1], words[1])
    return 'Python ' + words[1]


def commands(args):
    """Maps each runtime name to the command before the program path, or to a skip note."""
    weft = shlex.split(args.weft) if args.weft else [os.path.join(ROOT, 'bin', 'weft')]
    cmds = {'weft-gil': weft + ['run', '--tm=gil'], 'weft-stm': weft + ['run', '--tm=stm']}
    notes = {}
    for name, exe in (('cpython', args.cpython), ('pypy', args.pypy)):
        path = shutil.which(exe)
        if path:
            cmds[name] = [path]
        else:
            notes[name] = '%s not found (%s): skipped' % (LABELS[name], exe)
    return cmds, notes


def fmt_time(r):
    if r is None:
        return '-'
    if not r.ok:
        return '%s: %s' % (r.status, r.reason.replace('|', '\\|'))
    return '%.2f' % r.best


def fmt_ratio(a, b):
    if a is None or b is None or not a.ok or not b.ok:
        return '-'
    return '%.2f' % (a.best / b.best)


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def table(programs, results, runtimes):
    ratios = [r for r in RATIOS if r[1] in runtimes and r[2] in runtimes]
    head = (['program'] + ['%s s' % LABELS[r] for r in runtimes] + [r[0] for r in ratios]
            + ['%s MB' % LABELS[r] for r in runtimes])
    lines = ['| ' + ' | '.join(head) + ' |', '|' + '---|' * len(head)]
    for prog in programs:
        res = results[prog]
        row = [prog] + [fmt_time(res.get(r)) for r in runtimes]
        row += [fmt_ratio(res.get(n), res.get(d)) for _, n, d in ratios]
        row += ['%.0f' % (res[r].rss_kb / 1024) if res.get(r) and res[r].ok else '-' for r in runtimes]
        lines.append('| ' + ' | '.join(row) + ' |')
    passed = [p for p in programs if all(results[p].get(r) and results[p][r].ok for r in runtimes)]
    row = ['geomean (%d of %d)' % (len(passed), len(programs))]
    if passed:
        row += ['%.2f' % geomean([results[p][r].best for p in passed]) for r in runtimes]
        row += ['%.2f' % geomean([results[p][n].best / results[p][d].best for p in passed])
                for _, n, d in ratios]
        row += ['%.0f' % (geomean([results[p][r].rss_kb for p in passed]) / 1024) for r in runtimes]
    else:
        row += ['-'] * (len(head) - 1)
    lines.append('| ' + ' | '.join(row) + ' |')
    return '\n'.join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--runs', type=int, default=3, help='runs per program and runtime; the best counts')
    ap.add_argument('--only', help='comma-separated program names (default: the whole suite)')
    ap.add_argument('--runtimes', default=','.join(RUNTIMES),
                    help='comma-separated, from: ' + ', '.join(RUNTIMES))
    ap.add_argument('--weft', help='command that runs Weft, instead of bin/weft, e.g. '
                    '"java --enable-native-access=ALL-UNNAMED -cp CLASSES dev.weft.cli.Weft"')
    ap.add_argument('--cpython', default='python3', help='CPython executable (default python3)')
    ap.add_argument('--pypy', default='pypy3', help='PyPy executable (default pypy3)')
    ap.add_argument('--timeout', type=int, default=300, help='seconds allowed per run (default 300)')
    ap.add_argument('--markdown', metavar='FILE', help='also write the report to FILE')
    args = ap.parse_args()

    runtimes = [r.strip() for r in args.runtimes.split(',') if r.strip()]
    unknown = [r for r in runtimes if r not in RUNTIMES]
    if unknown or not runtimes or args.runs < 1:
        ap.error('unknown runtime %s (choose from %s)' % (', '.join(unknown), ', '.join(RUNTIMES))
                 if unknown else 'need at least one runtime and one run')
    available = sorted(f[:-3] for f in os.listdir(SUITE) if f.endswith('.py'))
    programs = available
    if args.only:
        programs = [p.strip() for p in args.only.split(',') if p.strip()]
        missing = [p for p in programs if p not in available]
        if missing:
            ap.error('no such program: %s (have: %s)' % (', '.join(missing), ', '.join(available)))

    cmds, notes = commands(args)
    if 'cpython' not in cmds:
        sys.exit('run.py: CPython (%s) is needed for the reference output' % args.cpython)
    runtimes = [r for r in RUNTIMES if r in runtimes and r in cmds]
    if any(r.startswith('weft') for r in runtimes):
        # bin/weft builds the jar when sources changed: do that now, outside the timings
        print('checking weft (bin/weft builds it first if sources changed)...', file=sys.stderr)
        r = subprocess.run(cmds['weft-gil'][:-2] + ['help'], capture_output=True, cwd=ROOT)
        if r.returncode != 0:
            sys.exit('run.py: weft does not start:\n' + (r.stdout + r.stderr).decode()[-2000:])

    results = {}
    for i, prog in enumerate(programs, 1):
        path = os.path.join(SUITE, prog + '.py')
        results[prog] = {}
        # CPython first: its output is what the others must print
        ref_res, expected = measure(cmds['cpython'] + [path], args.runs if 'cpython' in runtimes else 1,
                                    args.timeout, None)
        if 'cpython' in runtimes:
            results[prog]['cpython'] = ref_res
            report(i, len(programs), prog, 'cpython', ref_res)
        if not ref_res.ok:
            print('[%d/%d] %s: CPython fails (%s), so no reference output'
                  % (i, len(programs), prog, ref_res.reason), file=sys.stderr)
            expected = None
        for rt in runtimes:
            if rt == 'cpython':
                continue
            res, _ = measure(cmds[rt] + [path], args.runs, args.timeout, expected)
            results[prog][rt] = res
            report(i, len(programs), prog, rt, res)

    lines = ['Best of %d runs; wall-clock seconds, start-up included (a JVM for weft); ratios are '
             'time over time (below 1: faster); MB is peak resident memory.' % args.runs, '']
    lines.append(table(programs, results, runtimes))
    lines.append('')
    lines.append('Machine: %s, %s %s, %d CPUs. Runtimes: %s.' % (
        cpu_model(), platform.system(), platform.machine(), os.cpu_count() or 0,
        '; '.join('%s = %s' % (LABELS[r], ' '.join(cmds[r]) if r.startswith('weft')
                               else version_of(cmds[r])) for r in runtimes)))
    for note in notes.values():
        lines.append('Note: ' + note + '.')
    report_text = '\n'.join(lines) + '\n'
    print(report_text)
    if args.markdown:
        with open(args.markdown, 'w') as f:
            f.write(report_text)


def report(i, n, prog, rt, res):
    text = '%.2fs' % res.best if res.ok else '%s (%s)' % (res.status, res.reason)
    print('[%d/%d] %s: %s %s' % (i, n, prog, rt, text), file=sys.stderr)


if __name__ == '__main__':
    main()
