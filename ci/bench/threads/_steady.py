"""Runs one threaded benchmark of this folder (PROGRAM.py) REPEATS times in one process, with
THREADS threads each time, and prints each run's wall time on stderr as `steady I SECONDS`:
the time of a program's main() once the runtime has warmed up (a JIT that has compiled the
hot code, for the threads' own paths too), where the whole-program time of one run also holds
start-up and warm-up. Each run prints the program's checksum line, so the output is that line
REPEATS times. Runs on CPython and Weft alike; ci/bench/threads.py --steady uses it. It lives
next to the programs (it imports them from its own folder, sys.path[0]), and its name starts
with `_` so that threads.py does not take it for a program.

    python3 ci/bench/threads/_steady.py mandelbrot_bands 2 5
"""
import os
import sys
import time


def main():
    if len(sys.argv) != 4:
        sys.exit('usage: _steady.py PROGRAM THREADS REPEATS')
    name, threads, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if not os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), name + '.py')):
        sys.exit('steady.py: no program %s.py next to it' % name)
    program = __import__(name)
    for i in range(repeats):
        sys.argv = [name + '.py', threads]
        t0 = time.perf_counter()
        program.main()
        print('steady %d %.6f' % (i, time.perf_counter() - t0), file=sys.stderr)


main()
