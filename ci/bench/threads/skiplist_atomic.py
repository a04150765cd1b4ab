"""Skip list under atomic blocks: one shared skip list that every thread inserts keys into and
looks keys up in, each operation inside `with atomic:` (one transaction on weft; on CPython,
one lock stands for all atomic blocks). An insert writes only the forward pointers of the new
node's predecessors, so threads mostly touch different nodes. Node levels come from a
per-thread LCG, so the list's shape depends on the number of threads and on scheduling; its
contents do not. The keys come from NSTREAMS fixed streams (an LCG each, disjoint seeds; all
keys even), dealt to the threads (stream s to thread s % N). After each insert a thread looks
up either a key its own stream inserted earlier (always found) or an odd key (never found).
At the end the main thread walks the bottom level and prints the count, the sum, and the sum
of key * position, with a check of every level's order.

    python3 skiplist_atomic.py [THREADS]
"""
import sys
import threading

try:
    import transaction
    atomic = transaction.atomic
except ImportError:  # CPython: one lock stands for atomic blocks
    atomic = threading.RLock()

MAX_LEVEL = 18
NSTREAMS = 16
KEYS_PER_STREAM = 5000


class Node:
    def __init__(self, key, level):
        self.key = key
        self.next = [None] * level


class SkipList:
    def __init__(self):
        self.head = Node(-1, MAX_LEVEL)

    def contains(self, key):
        node = self.head
        level = MAX_LEVEL - 1
        while level >= 0:
            nxt = node.next[level]
            while nxt is not None and nxt.key < key:
                node = nxt
                nxt = node.next[level]
            if nxt is not None and nxt.key == key:
                return True
            level -= 1
        return False

    def insert(self, key, height):
        """Adds key with a node of height levels; answers False when it was there already."""
        update = [None] * height
        node = self.head
        level = MAX_LEVEL - 1
        while level >= 0:
            nxt = node.next[level]
            while nxt is not None and nxt.key < key:
                node = nxt
                nxt = node.next[level]
            if nxt is not None and nxt.key == key:
                return False
            if level < height:
                update[level] = node
            level -= 1
        new = Node(key, height)
        for level in range(height):
            before = update[level]
            new.next[level] = before.next[level]
            before.next[level] = new
        return True


class Levels:
    """A thread's own generator of node heights: P(height > h) = 2**-h."""

    def __init__(self, seed):
        self.x = seed

    def height(self):
        self.x = x = (self.x * 1103515245 + 12345) & 0x7FFFFFFF
        bits = x >> 8
        h = 1
        while bits & 1 and h < MAX_LEVEL:
            h += 1
            bits >>= 1
        return h


def stream_keys(s):
    """Stream s's keys, in order: even, congruent to 2*s modulo 2*NSTREAMS."""
    x = 12345 + 7919 * s
    keys = []
    for _ in range(KEYS_PER_STREAM):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        keys.append(((x >> 7) * NSTREAMS + s) * 2)
    return keys


def worker(index, nthreads, sl, results):
    levels = Levels(777 + 1000003 * index)
    hits = 0
    misses = 0
    for s in range(index, NSTREAMS, nthreads):
        x = 99991 + 31 * s   # this stream's own LCG for choosing lookups
        done = []            # this thread's own list of the keys it inserted
        for key in stream_keys(s):
            height = levels.height()
            with atomic:
                sl.insert(key, height)
            done.append(key)
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            if x & 0x100:
                probe = done[(x >> 9) % len(done)]
            else:
                probe = key + 1 + 2 * ((x >> 9) & 0xFF)   # odd: never in the list
            with atomic:
                found = sl.contains(probe)
            if found:
                hits += 1
            else:
                misses += 1
    results[index] = (hits, misses)


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    sl = SkipList()
    results = [None] * nthreads
    threads = [threading.Thread(target=worker, args=(i, nthreads, sl, results))
               for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ordered = True
    for level in range(MAX_LEVEL):
        node = sl.head.next[level]
        while node is not None and node.next[level] is not None:
            if node.key >= node.next[level].key:
                ordered = False
            node = node.next[level]
    count = 0
    total = 0
    weighted = 0
    node = sl.head.next[0]
    while node is not None:
        total += node.key
        weighted = (weighted + node.key * count) % 1000000007
        count += 1
        node = node.next[0]
    probes = [stream_keys(s)[KEYS_PER_STREAM // 2] for s in range(0, NSTREAMS, 5)]
    probes += [p + 1 for p in probes] + [0, 2, 2 * NSTREAMS]
    found = "".join("1" if sl.contains(p) else "0" for p in probes)
    hits = sum(r[0] for r in results)
    misses = sum(r[1] for r in results)
    print("skiplist_atomic keys %d sum %d weighted %d ordered %s hits %d misses %d probes %s" % (
        count, total, weighted, ordered, hits, misses, found))


if __name__ == "__main__":
    main()
