"""Two threads compute while the main thread prints a dot after every 2,000 steps of its own:
how much a thread that does output slows the threads that do not. On weft each print makes
the printing thread's transaction inevitable, and an inevitable transaction holds what it
read locked until it commits. Prints the time of the two workers without the printer and
with it, twice each (the second pair after warm-up), on stderr; the dots go to stdout.

    weft run ci/bench/probes/print_while_computing.py 2>&1 >/dev/null
    python3 ci/bench/probes/print_while_computing.py 2>&1 >/dev/null
"""
import sys
import threading
import time

N = 3000000
SCALE = 3


def work(k, out):
    acc = 0
    for i in range(N // 2):
        acc = (acc + i * SCALE + k) % 1000003
    out[k] = acc


def run(printer):
    out = [0, 0]
    threads = [threading.Thread(target=work, args=(k, out)) for k in range(2)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    prints = 0
    if printer:
        while any(t.is_alive() for t in threads):
            prints += 1
            sys.stdout.write('.')
            for j in range(2000):
                x = SCALE + j
    for t in threads:
        t.join()
    print('printer %-5s %.2f s (%d prints, checksum %d)' % (printer, time.perf_counter() - t0, prints, sum(out)),
          file=sys.stderr)


for printer in (False, True, False, True):
    run(printer)
