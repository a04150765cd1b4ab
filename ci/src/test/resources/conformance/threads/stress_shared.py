# Many threads on one dict, one list and one lock: no update may be lost, every thread must
# finish, and garbage made on the way must not pile up. Only steps that are atomic under a GIL
# are done without the lock (list.append, dict.setdefault); `d[k] += 1` takes the lock.
# Sizes from argv (threads, rounds): the corpus runs it small; ThreadStressTest runs it long.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 8
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 1500
KEYS = 61

counts = {k: 0 for k in range(KEYS)}
seen = {}
log = []
progress = [0] * THREADS
lock = threading.Lock()


def worker(t):
    for i in range(ROUNDS):
        key = (t * 7 + i * 3) % KEYS
        with lock:
            counts[key] += 1
        log.append(t)
        seen.setdefault((t, i % 10), []).append(i)
        junk = [str(i)] * 5 + [(t, i)]  # garbage for the collector
        if len(junk) != 6:
            raise AssertionError("junk")
        progress[t] = i + 1


threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()

expected = {k: 0 for k in range(KEYS)}
for t in range(THREADS):
    for i in range(ROUNDS):
        expected[(t * 7 + i * 3) % KEYS] += 1
print("counts match:", counts == expected, sum(counts.values()))
print("appends:", len(log), [log.count(t) for t in range(THREADS)] == [ROUNDS] * THREADS)
print("setdefault:", len(seen), sum(len(v) for v in seen.values()))
print("progress:", progress == [ROUNDS] * THREADS)
