"""Mandelbrot in bands: the escape-time iteration z = z*z + c on plain floats (no complex),
over a fixed grid whose rows are dealt to the threads in bands of BAND rows, round-robin (band b
goes to thread b % N), so that the costly middle of the set is shared out. Each thread keeps its
rows in its own list; the main thread puts them in order and prints a checksum of the iteration
counts, which does not depend on the number of threads.

    python3 mandelbrot_bands.py [THREADS]
"""
import sys
import threading

WIDTH = 720
HEIGHT = 520
MAX_ITER = 80
BAND = 6


def escape_time(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return limit


def compute_row(y):
    ci = -1.2 + 2.4 * y / HEIGHT
    row = []
    for x in range(WIDTH):
        row.append(escape_time(-2.1 + 3.0 * x / WIDTH, ci, MAX_ITER))
    return row


def worker(index, nthreads, results):
    mine = []  # (y, row) pairs: this thread's own list
    band = index
    while band * BAND < HEIGHT:
        for y in range(band * BAND, min(HEIGHT, (band + 1) * BAND)):
            mine.append((y, compute_row(y)))
        band += nthreads
    results[index] = mine


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    results = [None] * nthreads
    threads = [threading.Thread(target=worker, args=(i, nthreads, results))
               for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rows = [None] * HEIGHT
    for mine in results:
        for y, row in mine:
            rows[y] = row
    inside = 0
    checksum = 0
    for row in rows:
        for n in row:
            if n == MAX_ITER:
                inside += 1
            checksum = (checksum * 31 + n) % 1000000007
    print("mandelbrot_bands %dx%d inside %d checksum %d" % (WIDTH, HEIGHT, inside, checksum))


if __name__ == "__main__":
    main()
