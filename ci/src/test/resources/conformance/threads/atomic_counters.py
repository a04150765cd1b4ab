# Threads that update shared counters and one shared dict inside `with atomic:` blocks (a lock
# stands for them on CPython), no update may be lost, and the
# totals must equal those of the same operations run one after the other. Sizes from argv
# (threads, operations): the corpus runs it small; ThreadStressTest runs it long in a small
# heap, where collections are asked for while the other threads wait at transaction breaks.
import sys
import threading

try:
    import transaction
    atomic = transaction.atomic
except ImportError:
    atomic = threading.RLock()

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
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


def apply(counters, table, v):
    counters.count += 1
    counters.total += v
    counters.squares = (counters.squares + v * v) % 1000000007
    if v > counters.largest:
        counters.largest = v
    key = v % SLOTS
    table[key] = table[key] + v
    table["ops"] = table["ops"] + 1


def worker(index, counters, table):
    for i in range(index, TOTAL, THREADS):
        v = value_of(i)
        with atomic:  # apply(), written out: its call would move where the breaks fall
            counters.count += 1
            counters.total += v
            counters.squares = (counters.squares + v * v) % 1000000007
            if v > counters.largest:
                counters.largest = v
            key = v % SLOTS
            table[key] = table[key] + v
            table["ops"] = table["ops"] + 1


def fresh():
    table = {"ops": 0}
    for k in range(SLOTS):
        table[k] = 0
    return Counters(), table


def summary(counters, table):
    return (counters.count, counters.total, counters.squares, counters.largest, table["ops"],
            tuple(table[k] for k in range(SLOTS)))


counters, table = fresh()
threads = [threading.Thread(target=worker, args=(i, counters, table)) for i in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
got = summary(counters, table)

counters, table = fresh()
for i in range(TOTAL):
    apply(counters, table, value_of(i))
want = summary(counters, table)

print("threads alive:", sum(t.is_alive() for t in threads))
print("operations:", got[0] == TOTAL, got[4] == TOTAL)
print("same as one after the other:", got == want)
