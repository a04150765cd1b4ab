#!/usr/bin/env python3
"""Runs Weft's threaded benchmarks (ci/bench/threads/*.py) on weft --tm=stm, weft --tm=gil and
CPython, each with 1 and 2 threads, interleaved in rounds so that a noisy machine's noise falls
on every cell alike, and prints a Markdown table: the best time per cell, the speedup of N
threads over 1, stm/gil at 1 thread, aborts per commit and the time lost to aborts (from weft's
--stats line). CPython's 1-thread output is the reference: a cell that prints anything else
shows FAIL, one that exits with an error or times out shows ERR, and the other cells stay. See
ci/bench/threads/README.md.

With --steady K each cell's process runs the program's main() K times (threads/_steady.py) and
the cell's time is its best run: the steady state, without start-up and JIT warm-up, which on a
2-core machine fall on the one core a second thread needs (docs/benchmarks.md).

    python3 ci/bench/threads.py [--rounds N] [--only mandelbrot_bands,btree_atomic]
        [--threads 1,2] [--runtimes stm,gil,cpython] [--weft "bin/weft run"]
        [--cpython python3] [--timeout S] [--steady K] [--markdown FILE]
"""
import argparse
import concurrent.futures
import os
import platform
import re
import shlex
import shutil
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no ci/bench/__pycache__ from importing run.py
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import (ROOT, cpu_model, first_difference, geomean, run_once,  # noqa: E402
                 short_reason, version_of)

PROGRAMS = os.path.join(ROOT, 'ci', 'bench', 'threads')
STEADY = os.path.join(PROGRAMS, '_steady.py')
STEADY_LINE = re.compile(r'^steady \d+ ([0-9.]+)$', re.M)
RUNTIMES = ['stm', 'gil', 'cpython', 'procs']
LABELS = {'stm': 'stm', 'gil': 'gil', 'cpython': 'CPython', 'procs': '2 procs'}
# programs that are not meant to scale: shown, but left out of the geomean row
SERIAL = {'conflict_heavy'}
STATS = re.compile(r'weft: (--tm=\w+, (\d+) transactions committed \((\d+) inevitable(?:, \d+ alone)?\), '
                   r'(\d+) aborted.*)')
LOST = re.compile(r'; (\d+) ms lost(?:, (\d+) ms waiting for the winner)?\)')


class Cell:
    """One program on one runtime with one thread count: its times, or why it failed, and the
    transactions weft reported (summed over the runs; `stats` is the best run's line)."""

    def __init__(self):
        self.times = []
        self.status = 'ok'  # ok, FAIL (wrong output) or ERR (crash, timeout, cannot start)
        self.reason = ''
        self.commits = 0
        self.aborts = 0
        self.lost = 0.0  # seconds aborted attempts ran and then waited for the winner, over all runs (weft --stats)
        self.busy = 0.0  # seconds of the threads' time over all runs: threads x wall time
        self.stats = None

    @property
    def ok(self):
        return self.status == 'ok' and bool(self.times)

    @property
    def best(self):
        return min(self.times) if self.times else None

    def record(self, elapsed, code, out, err, expected, timeout, threads=1):
        """Files one run's outcome; answers its output (None when the run failed)."""
        if code is None:
            self.status, self.reason = 'ERR', 'timed out after %ds' % timeout
            return None
        if code != 0:
            self.status, self.reason = 'ERR', short_reason(err, code)
            return None
        if expected is not None and out != expected:
            self.status, self.reason = 'FAIL', first_difference(expected, out)
            return None
        m = None
        for line in err.decode('utf-8', 'replace').splitlines():
            m = STATS.search(line) or m
        if m:
            self.commits += int(m.group(2))
            self.aborts += int(m.group(4))
            lost = LOST.search(m.group(1))
            if lost:
                self.lost += (int(lost.group(1)) + int(lost.group(2) or 0)) / 1000
                # the stats cover every in-process run (--steady), not only the best one
                runs = [float(t) for t in STEADY_LINE.findall(err.decode('utf-8', 'replace'))]
                self.busy += threads * (sum(runs) if runs else elapsed)
        if not self.times or elapsed < min(self.times):
            self.stats = m.group(1).strip() if m else None
        self.times.append(elapsed)
        return out

    def text(self):
        if self.ok:
            return '%.2f' % self.best
        return '%s: %s' % (self.status, self.reason.replace('|', '\\|'))

    def progress(self):
        if not self.ok:
            return '%s (%s)' % (self.status, self.reason)
        extra = ' (%d aborts / %d commits so far)' % (self.aborts, self.commits) if self.stats else ''
        return '%.2fs%s' % (self.times[-1], extra)


def steady_time(err):
    """The best of the `steady I SECONDS` lines that threads/_steady.py printed, or None."""
    times = [float(t) for t in STEADY_LINE.findall(err.decode('utf-8', 'replace'))]
    return min(times) if times else None


def run_steady(cmd, timeout):
    """run_once, with the time of the best in-process run (threads/_steady.py) for the wall
    time; a run that printed none (it failed) keeps its wall time."""
    elapsed, rss, code, out, err = run_once(cmd, timeout)
    best = steady_time(err) if code == 0 else None
    return (best if best is not None else elapsed), rss, code, out, err


def run_pair(cmd, timeout, steady=False):
    """Runs two copies of cmd at once (the machine's own parallel capacity: two processes that
    share nothing); answers run_once's tuple for the pair: the time until both ended (steady:
    the slower copy's best in-process run), and the first failing copy's outcome, else the
    first copy's."""
    one = run_steady if steady else run_once
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        t0 = time.perf_counter()
        runs = list(pool.map(lambda _: one(cmd, timeout), range(2)))
        elapsed = time.perf_counter() - t0
    bad = [r for r in runs if r[2] != 0]
    _, rss, code, out, err = (bad or runs)[0]
    if steady and not bad:
        elapsed = max(r[0] for r in runs)
    return elapsed, rss, code, out, err


def ratio(a, b, fmt='%.2f'):
    if a is None or b is None or not a.ok or not b.ok:
        return '-'
    return fmt % (a.best / b.best)


def ratio_text(a, b):
    return '-' if a is None or b is None else '%.2fx' % (a / b)


def order_keys(runtimes, threads):
    """The cells each program gets: every runtime with every thread count, and the pair of
    processes with 1 thread only."""
    return [(rt, 1) if rt == 'procs' else (rt, n) for rt in runtimes for n in ([1] if rt == 'procs' else threads)]


def columns(runtimes, threads):
    """The table's columns after the program: (title, cells -> text, cells -> number for the
    geomean row or None, format of that geomean)."""
    base, more = threads[0], threads[1:]
    cols = []

    def time_col(title, key):
        cols.append((title, lambda c: c[key].text(), lambda c: c[key].best, '%.2f'))

    def ratio_col(title, a, b, fmt, shows_b=False):
        # shows_b: no time column shows cell b, so this one shows b's ERR or FAIL
        def text(c):
            return c[b].text() if shows_b and not c[b].ok else ratio(c[a], c[b], fmt)
        cols.append((title, text, lambda c: c[a].best / c[b].best, fmt))

    for rt in runtimes:
        if rt == 'procs':
            # two 1-thread stm processes at once: 2 x (stm 1t) over their time is what the
            # machine gives two things that share nothing (2.00 on two free cores)
            if ('stm', 1) in order_keys(runtimes, threads):
                cols.append(('2 procs of stm 1t: machine speedup',
                             lambda c: c[('procs', 1)].text() if not c[('procs', 1)].ok
                             else ratio_text(2 * c[('stm', 1)].best if c[('stm', 1)].ok else None,
                                             c[('procs', 1)].best),
                             lambda c: 2 * c[('stm', 1)].best / c[('procs', 1)].best, '%.2fx'))
            continue
        time_col('%s %dt s' % (LABELS[rt], base), (rt, base))
        if rt == 'stm':
            for n in more:
                time_col('stm %dt s' % n, (rt, n))
        for n in more:
            ratio_col('stm %dt/%dt speedup' % (n, base) if rt == 'stm'
                      else '%s %dt speedup' % (LABELS[rt], n), (rt, base), (rt, n), '%.2fx',
                      shows_b=rt != 'stm')
    if 'stm' in runtimes and 'gil' in runtimes:
        ratio_col('stm/gil at %d thread%s' % (base, '' if base == 1 else 's'),
                  ('stm', base), ('gil', base), '%.2f')
    if 'stm' in runtimes:
        for n in more or [base]:
            key = ('stm', n)
            cols.append(('aborts per commit (stm %dt)' % n,
                         lambda c, k=key: ('%.3f' % (c[k].aborts / c[k].commits)
                                           if c[k].ok and c[k].commits else '-'), None, None))
            cols.append(('time lost to aborts (stm %dt)' % n,
                         lambda c, k=key: ('%.1f%%' % (100 * c[k].lost / c[k].busy)
                                           if c[k].ok and c[k].busy else '-'), None, None))
    return cols


def table(programs, cells, runtimes, threads):
    cols = columns(runtimes, threads)
    lines = ['| program | ' + ' | '.join(c[0] for c in cols) + ' |', '|' + '---|' * (len(cols) + 1)]
    for prog in programs:
        lines.append('| %s | %s |' % (prog, ' | '.join(c[1](cells[prog]) for c in cols)))
    parallel = [p for p in programs if p not in SERIAL]
    passed = [p for p in parallel if all(cell.ok for cell in cells[p].values())]
    row = ['geomean, parallel programs (%d of %d)' % (len(passed), len(parallel))]
    for _, _, number, fmt in cols:
        row.append(fmt % geomean([number(cells[p]) for p in passed])
                   if number is not None and passed else '-')
    lines.append('| ' + ' | '.join(row) + ' |')
    return '\n'.join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--rounds', type=int, default=3,
                    help='rounds; each runs every cell once, the best time counts (default 3)')
    ap.add_argument('--only', help='comma-separated program names (default: all of ci/bench/threads)')
    ap.add_argument('--threads', default='1,2',
                    help='comma-separated thread counts; the first is the base of the speedups (default 1,2)')
    ap.add_argument('--runtimes', default=','.join(RUNTIMES),
                    help='comma-separated, from: ' + ', '.join(RUNTIMES))
    ap.add_argument('--weft', default='bin/weft run',
                    help='the command to which "--tm=stm|gil --stats PROGRAM N" is appended '
                    '(default "bin/weft run", from the repository root)')
    ap.add_argument('--cpython', default='python3', help='CPython executable (default python3)')
    ap.add_argument('--timeout', type=int, default=300, help='seconds allowed per run (default 300)')
    ap.add_argument('--steady', type=int, metavar='K', default=0,
                    help='run main() K times in each process and time the best run (default: '
                    'one run, whole process timed)')
    ap.add_argument('--markdown', metavar='FILE', help='also write the report to FILE')
    args = ap.parse_args()
    if args.steady < 0 or args.steady == 1:
        ap.error('--steady takes a number of runs of at least 2')

    runtimes = [r.strip() for r in args.runtimes.split(',') if r.strip()]
    unknown = [r for r in runtimes if r not in RUNTIMES]
    if unknown or not runtimes:
        ap.error('unknown runtime %s (choose from %s)' % (', '.join(unknown), ', '.join(RUNTIMES)))
    runtimes = [r for r in RUNTIMES if r in runtimes]
    try:
        threads = [int(n) for n in args.threads.split(',') if n.strip()]
    except ValueError:
        ap.error('--threads takes numbers, e.g. 1,2')
    if not threads or min(threads) < 1 or len(set(threads)) != len(threads) or args.rounds < 1:
        ap.error('need distinct thread counts of at least 1, and at least one round')
    available = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith('.py') and not f.startswith('_'))
    programs = available
    if args.only:
        programs = [p.strip() for p in args.only.split(',') if p.strip()]
        missing = [p for p in programs if p not in available]
        if missing:
            ap.error('no such program: %s (have: %s)' % (', '.join(missing), ', '.join(available)))

    cpython = shutil.which(args.cpython)
    if not cpython:
        sys.exit('threads.py: CPython (%s) is needed for the reference output' % args.cpython)
    weft = shlex.split(args.weft)
    cmds = {'stm': weft + ['--tm=stm', '--stats'], 'gil': weft + ['--tm=gil', '--stats'],
            'cpython': [cpython]}
    if 'stm' in runtimes or 'gil' in runtimes:
        # bin/weft builds the jar (and its start-up cache) when sources changed: now, untimed
        print('checking weft (bin/weft builds it first if sources changed)...', file=sys.stderr)
        with tempfile.NamedTemporaryFile('w', suffix='.py') as probe:
            probe.write('print("ok")\n')
            probe.flush()
            _, _, code, out, err = run_once(cmds['gil'] + [probe.name], max(args.timeout, 600))
        if code != 0 or out.strip() != b'ok':
            sys.exit('threads.py: weft does not start (%s):\n%s'
                     % (' '.join(cmds['gil']), (out + err).decode('utf-8', 'replace')[-2000:]))

    order = order_keys(runtimes, threads)
    if 'procs' in runtimes:
        cmds['procs'] = cmds['stm']
    cells = {p: {key: Cell() for key in order} for p in programs}
    expected = {}
    for rnd in range(args.rounds):
        shift = rnd % len(order)  # each round starts with another cell
        for i, prog in enumerate(programs, 1):
            path = os.path.join(PROGRAMS, prog + '.py')
            # the program and its arguments, n threads: itself, or K runs of its main()
            argv = ((lambda n: [STEADY, prog, str(n), str(args.steady)]) if args.steady
                    else (lambda n: [path, str(n)]))
            tag = '[round %d/%d, %d/%d] %s' % (rnd + 1, args.rounds, i, len(programs), prog)
            todo = order[shift:] + order[:shift]
            if rnd == 0:
                # CPython with 1 thread first: its output is what every cell must print
                ref = cells[prog].get(('cpython', 1)) or Cell()
                once = run_steady if args.steady else run_once
                elapsed, _, code, out, err = once([cpython] + argv(1), args.timeout)
                expected[prog] = ref.record(elapsed, code, out, err, None, args.timeout)
                if expected[prog] is None:
                    print('%s: CPython 1t fails (%s), so no reference output'
                          % (tag, ref.reason), file=sys.stderr)
                if ('cpython', 1) in cells[prog]:
                    print('%s: CPython 1t %s' % (tag, ref.progress()), file=sys.stderr)
                    todo = [k for k in todo if k != ('cpython', 1)]
            for rt, n in todo:
                cell = cells[prog][(rt, n)]
                if cell.status != 'ok':
                    continue  # failed in an earlier round: not run again
                if rt == 'procs':
                    elapsed, _, code, out, err = run_pair(cmds[rt] + argv(n), args.timeout, args.steady > 0)
                else:
                    once = run_steady if args.steady else run_once
                    elapsed, _, code, out, err = once(cmds[rt] + argv(n), args.timeout)
                cell.record(elapsed, code, out, err, expected[prog], args.timeout, n)
                print('%s: %s %dt %s' % (tag, LABELS[rt], n, cell.progress()), file=sys.stderr)

    serial = [p for p in programs if p in SERIAL]
    what = ('seconds of the best of %d runs of main() in one process (steady state: start-up '
            'and JIT warm-up left out; ci/bench/threads/_steady.py)' % args.steady if args.steady
            else 'wall-clock seconds, start-up included (a JVM for weft)')
    lines = ['Best of %d interleaved rounds; %s; speedup = time with %d thread%s over time with N; '
             'aborts per commit summed over the rounds (all runs of a process), from weft --stats; time lost '
             'to aborts: how long the aborted attempts ran and then waited for the winner of their conflict, '
             'over the threads\' time (threads x wall time of the runs).%s' % (
                 args.rounds, what, threads[0], '' if threads[0] == 1 else 's',
                 ' The geomean row leaves out %s (not meant to scale).' % ', '.join(serial)
                 if serial else ''), '']
    lines.append(table(programs, cells, runtimes, threads))
    lines.append('')
    lines.append('Machine: %s, %s %s, %d CPUs. %s.' % (
        cpu_model(), platform.system(), platform.machine(), os.cpu_count() or 0,
        time.strftime('%Y-%m-%d %H:%M %Z')))
    lines.append('Commands: %s.' % '; '.join(
        '%s = `%s %s`%s' % (LABELS[rt], ' '.join(cmds[rt]),
                              'ci/bench/threads/_steady.py PROGRAM N %d' % args.steady if args.steady else 'PROGRAM N',
                                   ' (%s)' % version_of(cmds[rt]) if rt == 'cpython' else '')
        for rt in runtimes))
    details = ['- %s, %s %dt: %s' % (prog, LABELS[rt], n, cells[prog][(rt, n)].stats)
               for prog in programs for rt, n in order if cells[prog][(rt, n)].stats]
    if details:
        lines += ['', 'Weft --stats of the best run of each cell:', ''] + details
    report_text = '\n'.join(lines) + '\n'
    print(report_text)
    if args.markdown:
        with open(args.markdown, 'w') as f:
            f.write(report_text)


if __name__ == '__main__':
    main()
