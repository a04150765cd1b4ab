"""Two builds of Weft side by side: runs each suite program on a base build and a new build
(each under --tm=gil and --tm=stm), CPython and, if present, PyPy, interleaved program by
program and round by round, so that the noise of a shared machine falls on all of them alike.
Prints a Markdown table: the best wall time of the rounds, the ratios that matter (new against
CPython, new TM against new GIL, new against base), and the peak resident memory of each
(from /usr/bin/time). A runtime whose output differs from CPython's, or that fails, is marked
FAIL. Progress goes to stderr. Standard library only.

    python3 ci/bench/ab.py --base "java -cp OLD dev.weft.cli.Weft" --new "bin/weft" --rounds 2
    python3 ci/bench/ab.py --base OLD/bin/weft --new bin/weft --modes stm --rounds 6 --pypy none

--modes picks the TM modes run (default gil,stm): one mode leaves time for more rounds, which
is what tells a change of a few percent from this machine's noise; the columns that need a
mode not run are left out.
"""
import argparse
import math
import os
import shlex
import shutil
import subprocess
import sys
import time

SUITE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'suite')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--base', required=True, help='command that runs the base build (before "run")')
    ap.add_argument('--new', required=True, help='command that runs the new build (before "run")')
    ap.add_argument('--rounds', type=int, default=2)
    ap.add_argument('--only', default='', help='comma-separated program names')
    ap.add_argument('--cpython', default='python3')
    ap.add_argument('--pypy', default='pypy3')
    ap.add_argument('--modes', default='gil,stm', help='TM modes to run: gil, stm or both')
    args = ap.parse_args()
    modes = [m for m in args.modes.split(',') if m]
    if not modes or any(m not in ('gil', 'stm') for m in modes):
        ap.error(f'--modes takes gil, stm or gil,stm (not {args.modes!r})')

    runtimes = {}
    for build in ('base', 'new'):
        for mode in modes:
            runtimes[f'{build}-{mode}'] = shlex.split(getattr(args, build)) + ['run', f'--tm={mode}']
    runtimes['cpython'] = [args.cpython]
    if shutil.which(args.pypy):
        runtimes['pypy'] = [args.pypy]
    programs = args.only.split(',') if args.only else sorted(p[:-3] for p in os.listdir(SUITE) if p.endswith('.py'))

    best, peak, failed = {}, {}, set()
    for prog in programs:
        reference = None
        for _ in range(args.rounds):
            for name, cmd in runtimes.items():
                start = time.time()
                r = subprocess.run(['/usr/bin/time', '-f', '%M'] + cmd + [os.path.join(SUITE, prog + '.py')],
                                   capture_output=True, timeout=900)
                took = time.time() - start
                kb = r.stderr.decode(errors='replace').strip().split('\n')[-1]
                peak[prog, name] = max(peak.get((prog, name), 0), int(kb) // 1024 if kb.isdigit() else 0)
                best[prog, name] = min(best.get((prog, name), math.inf), took)
                if name == 'cpython':
                    reference = r.stdout
                if r.returncode != 0 or (reference is not None and r.stdout != reference):
                    failed.add((prog, name))
        print(prog, ' '.join(f'{n}={best[prog, n]:.2f}' for n in runtimes), file=sys.stderr, flush=True)

    names = list(runtimes)
    ratios = {
        'new gil/CPy': ('new-gil', 'cpython'),
        'new stm/CPy': ('new-stm', 'cpython'),
        'new stm/gil': ('new-stm', 'new-gil'),
        'new/base gil': ('new-gil', 'base-gil'),
        'new/base stm': ('new-stm', 'base-stm'),
    }
    ratios = {label: (lambda p, a=a, b=b: best[p, a] / best[p, b])
              for label, (a, b) in ratios.items() if a in runtimes and b in runtimes}
    header = ['program'] + [f'{n} s' for n in names] + list(ratios) + [f'{n} MB' for n in names]
    print('| ' + ' | '.join(header) + ' |')
    print('|' + '---|' * len(header))
    for p in programs:
        cells = [p] + [f'{best[p, n]:.2f}' + (' FAIL' if (p, n) in failed else '') for n in names]
        cells += [f'{f(p):.2f}' for f in ratios.values()] + [str(peak[p, n]) for n in names]
        print('| ' + ' | '.join(cells) + ' |')

    def geomean(xs):
        return math.exp(sum(math.log(x) for x in xs) / len(xs))

    cells = ['geomean'] + [f'{geomean([best[p, n] for p in programs]):.2f}' for n in names]
    cells += [f'{geomean([f(p) for p in programs]):.2f}' for f in ratios.values()]
    cells += [str(round(geomean([max(peak[p, n], 1) for p in programs]))) for n in names]
    print('| ' + ' | '.join(cells) + ' |')


if __name__ == '__main__':
    main()
