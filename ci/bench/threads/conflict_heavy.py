"""Conflict-heavy: the case that does not scale. TOTAL operations, split among the threads
(operation i to thread i % N); each computes a small value on its own, then, inside
`with atomic:`, updates a few shared counters on one object and a few entries of one shared
dict. Every pair of concurrent atomic blocks conflicts, so on weft the threads mostly abort and
re-run each other's work: it shows the aborts and the time they cost. (On CPython one lock
stands for the atomic blocks.) The totals are sums and a maximum, so they are the same for any
number of threads and any order.

    python3 conflict_heavy.py [THREADS]
"""
import sys
import threading

try:
    import transaction
    atomic = transaction.atomic
except ImportError:  # CPython: one lock stands for atomic blocks
    atomic = threading.RLock()

TOTAL = 480000
SLOTS = 4


class Counters:
    def __init__(self):
        self.count = 0
        self.total = 0
        self.squares = 0
        self.largest = 0


def value_of(i):
    x = i * 2654435761 & 0x7FFFFFFF
    v = 0
    for _ in range(8):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        v += x >> 24
    return v


def worker(index, nthreads, counters, table):
    for i in range(index, TOTAL, nthreads):
        v = value_of(i)
        with atomic:
            counters.count += 1
            counters.total += v
            counters.squares = (counters.squares + v * v) % 1000000007
            if v > counters.largest:
                counters.largest = v
            key = v % SLOTS
            table[key] = table[key] + v
            table["ops"] = table["ops"] + 1


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    counters = Counters()
    table = {"ops": 0}
    for k in range(SLOTS):
        table[k] = 0
    threads = [threading.Thread(target=worker, args=(i, nthreads, counters, table))
               for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("conflict_heavy count %d total %d squares %d largest %d ops %d slots %s" % (
        counters.count, counters.total, counters.squares, counters.largest, table["ops"],
        " ".join(str(table[k]) for k in range(SLOTS))))


if __name__ == "__main__":
    main()
