"""B-tree under atomic blocks: one shared B-tree (up to ORDER children per node, split on the
way down) that every thread inserts keys into and looks keys up in, each operation inside
`with atomic:` (one transaction on weft; on CPython, one lock stands for all atomic blocks).
Threads that touch different leaves do not conflict; splits and root changes do. The keys come
from NSTREAMS fixed streams (an LCG each, disjoint seeds; stream s makes keys that are 2*s
modulo 2*NSTREAMS, all even), dealt to the threads (stream s to thread s % N), so the key set is
the same for any number of threads. After each insert a thread looks up either a key its own
stream inserted earlier (always found) or an odd key (never found). At the end the main thread
walks the tree (order and node sizes checked), counts and sums the keys, and looks up a few.

    python3 btree_atomic.py [THREADS]
"""
import sys
import threading

try:
    import transaction
    atomic = transaction.atomic
except ImportError:  # CPython: one lock stands for atomic blocks
    atomic = threading.RLock()

ORDER = 16                 # most children of a node; a node holds at most ORDER - 1 keys
NSTREAMS = 16
KEYS_PER_STREAM = 10000


class Node:
    def __init__(self, leaf):
        self.keys = []
        self.children = None if leaf else []


def find(keys, key):
    """The first index i with keys[i] >= key (binary search)."""
    lo = 0
    hi = len(keys)
    while lo < hi:
        mid = (lo + hi) >> 1
        if keys[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


class BTree:
    def __init__(self):
        self.root = Node(True)

    def contains(self, key):
        node = self.root
        while True:
            keys = node.keys
            i = find(keys, key)
            if i < len(keys) and keys[i] == key:
                return True
            if node.children is None:
                return False
            node = node.children[i]

    def split_child(self, parent, i):
        """Splits parent.children[i], which is full, around its middle key."""
        child = parent.children[i]
        mid = (ORDER - 1) // 2
        right = Node(child.children is None)
        right.keys = child.keys[mid + 1:]
        up = child.keys[mid]
        child.keys = child.keys[:mid]
        if child.children is not None:
            right.children = child.children[mid + 1:]
            child.children = child.children[:mid + 1]
        parent.keys.insert(i, up)
        parent.children.insert(i + 1, right)

    def insert(self, key):
        """Adds key; answers False when it was there already."""
        root = self.root
        if len(root.keys) == ORDER - 1:
            if key in root.keys:
                return False
            new_root = Node(False)
            new_root.children.append(root)
            self.split_child(new_root, 0)
            self.root = new_root
            root = new_root
        node = root
        while True:
            keys = node.keys
            i = find(keys, key)
            if i < len(keys) and keys[i] == key:
                return False
            if node.children is None:
                keys.insert(i, key)
                return True
            child = node.children[i]
            if len(child.keys) == ORDER - 1:
                if key in child.keys:
                    return False
                self.split_child(node, i)
                if key == node.keys[i]:
                    return False
                if key > node.keys[i]:
                    i += 1
                child = node.children[i]
            node = child

    def walk(self, node, out):
        """Appends the keys under node in order; checks node sizes."""
        if len(node.keys) > ORDER - 1:
            raise AssertionError("node too big")
        if node.children is None:
            out.extend(node.keys)
            return
        if len(node.children) != len(node.keys) + 1:
            raise AssertionError("children and keys disagree")
        for i, k in enumerate(node.keys):
            self.walk(node.children[i], out)
            out.append(k)
        self.walk(node.children[-1], out)


def stream_keys(s):
    """Stream s's keys, in order: even, congruent to 2*s modulo 2*NSTREAMS."""
    x = 12345 + 7919 * s
    keys = []
    for _ in range(KEYS_PER_STREAM):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        keys.append(((x >> 7) * NSTREAMS + s) * 2)
    return keys


def worker(index, nthreads, tree, results):
    hits = 0
    misses = 0
    for s in range(index, NSTREAMS, nthreads):
        x = 99991 + 31 * s   # this stream's own LCG for choosing lookups
        done = []            # this thread's own list of the keys it inserted
        for key in stream_keys(s):
            with atomic:
                tree.insert(key)
            done.append(key)
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            if x & 0x100:
                probe = done[(x >> 9) % len(done)]
            else:
                probe = key + 1 + 2 * ((x >> 9) & 0xFF)   # odd: never in the tree
            with atomic:
                found = tree.contains(probe)
            if found:
                hits += 1
            else:
                misses += 1
    results[index] = (hits, misses)


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    tree = BTree()
    results = [None] * nthreads
    threads = [threading.Thread(target=worker, args=(i, nthreads, tree, results))
               for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    keys = []
    tree.walk(tree.root, keys)
    ordered = all(keys[i] < keys[i + 1] for i in range(len(keys) - 1))
    expected = set()
    for s in range(NSTREAMS):
        expected.update(stream_keys(s))
    probes = [stream_keys(s)[KEYS_PER_STREAM // 2] for s in range(0, NSTREAMS, 5)]
    probes += [p + 1 for p in probes] + [0, 2, 2 * NSTREAMS]
    found = "".join("1" if tree.contains(p) else "0" for p in probes)
    hits = sum(r[0] for r in results)
    misses = sum(r[1] for r in results)
    print("btree_atomic keys %d sum %d ordered %s complete %s hits %d misses %d probes %s" % (
        len(keys), sum(keys), ordered, set(keys) == expected, hits, misses, found))


if __name__ == "__main__":
    main()
