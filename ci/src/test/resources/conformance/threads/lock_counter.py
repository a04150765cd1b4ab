# Lock: eight threads add to shared counters under one lock; the totals must be exact.
import threading

lock = threading.Lock()
totals = {"count": 0, "sum": 0}


def work(base):
    for i in range(500):
        with lock:
            totals["count"] += 1
            totals["sum"] += base + i


threads = [threading.Thread(target=work, args=(k * 1000,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("count", totals["count"], "sum", totals["sum"])

print("locked before:", lock.locked())
print("acquire:", lock.acquire())
print("locked:", lock.locked())
print("second acquire, non-blocking:", lock.acquire(False))
print("second acquire, timeout:", lock.acquire(True, 0.01))
lock.release()
print("locked after release:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(lock) is type(threading.Lock()), threading.ThreadError is RuntimeError)

# A plain lock may be released by another thread than the one that took it.
gate = threading.Lock()
gate.acquire()
opener = threading.Thread(target=gate.release)
opener.start()
opener.join()
print("released by another thread:", not gate.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
