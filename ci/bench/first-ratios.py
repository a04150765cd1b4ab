#!/usr/bin/env python3
"""First speed measurement of the interpreter (issue 4): a few loop-heavy programs of the
conformance corpus, run in one session on CPython 3, weft --tm=gil and weft --tm=stm, each
the best of N runs (wall clock, JVM start-up included). Prints a markdown table of times and of
each weft mode's ratio to CPython. Usage:

    python3 ci/bench/first-ratios.py [N]

It needs vm-frontend/target/weft.jar (bin/weft builds it on first use).
"""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, 'ci', 'src', 'test', 'resources', 'conformance')
PROGRAMS = ['programs/nqueens.py', 'programs/mandelbrot.py', 'programs/game_of_life.py',
            'programs/pi_digits.py', 'programs/sudoku.py', 'programs/stack_vm.py',
            # longer: so that more than start-up is measured
            '../../../../../examples/queens.py', '../../../../bench/loops.py']
WEFT = [os.path.join(ROOT, 'bin', 'weft'), 'run']


def best(cmd, n):
    times = []
    out = None
    for _ in range(n):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True)
        times.append(time.perf_counter() - t0)
        if r.returncode != 0:
            sys.exit(f'failed: {" ".join(cmd)}\n{r.stderr.decode()[-2000:]}')
        out = r.stdout
    return min(times), out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    subprocess.run(WEFT[:1] + ['help'], capture_output=True, check=True)  # builds the jar if needed
    print(f'best of {n}; wall-clock seconds including start-up (JVM for weft)\n')
    print('| program | CPython | weft gil | weft stm | gil / CPython | stm / CPython | stm / gil |')
    print('|---|---|---|---|---|---|---|')
    for prog in PROGRAMS:
        path = os.path.join(CORPUS, prog)
        cpy, out_c = best(['python3', path], n)
        gil, out_g = best(WEFT + ['--tm=gil', path], n)
        stm, out_s = best(WEFT + ['--tm=stm', path], n)
        if not (out_c == out_g == out_s):
            sys.exit(f'{prog}: outputs differ between runtimes')
        print(f'| {os.path.relpath(path, ROOT)} | {cpy:.2f} | {gil:.2f} | {stm:.2f} | {gil / cpy:.1f} | {stm / cpy:.1f} | {stm / gil:.2f} |')


if __name__ == '__main__':
    main()
