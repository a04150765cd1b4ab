# The main thread prints while three threads update a shared dict under a lock and write
# lines to files of their own: output and file writes make transactions inevitable, and an
# inevitable transaction holds what it read locked (the dict among it, which the main
# thread reads as it prints) while the others wait for it. Nothing may be lost, nothing may
# deadlock, and what the main thread printed comes out whole and in order. The files go to
# the scratch folder given as argv[1].
import os
import sys
import threading

THREADS = 3
ROUNDS = 1500
KEYS = 17

counts = {}
log = []
lock = threading.Lock()
folder = sys.argv[1]


def worker(k):
    with open(os.path.join(folder, "w%d.txt" % k), "w") as f:
        for i in range(ROUNDS):
            with lock:
                counts[i % KEYS] = counts.get(i % KEYS, 0) + 1
            log.append(k)
            if i % 100 == 0:
                f.write("%d %d\n" % (k, i))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for i in range(300):
    print("tick", i, len(counts) <= KEYS)
for t in threads:
    t.join()
print("total", sum(counts.values()), sum(counts.values()) == THREADS * ROUNDS)
print("per key", sorted(counts.items())[:3])
print("log", len(log), [log.count(k) for k in range(THREADS)])
for k in range(THREADS):
    with open(os.path.join(folder, "w%d.txt" % k)) as f:
        lines = f.read().splitlines()
    print("file", k, len(lines), lines[0], lines[-1])
    os.remove(os.path.join(folder, "w%d.txt" % k))
