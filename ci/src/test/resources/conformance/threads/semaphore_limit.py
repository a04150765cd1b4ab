# Semaphore: never more than three threads inside; BoundedSemaphore refuses extra releases.
import threading
import time

sem = threading.Semaphore(3)
guard = threading.Lock()
inside = [0]
peak = [0]
done = [0]


def worker():
    for _ in range(5):
        with sem:
            with guard:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            time.sleep(0.001)
            with guard:
                inside[0] -= 1
                done[0] += 1


threads = [threading.Thread(target=worker) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done", done[0], "peak at most 3:", peak[0] <= 3, "inside", inside[0])

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(blocking=False), s.acquire(blocking=False))
print("timeout:", s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

# A release from another thread wakes the one blocked in acquire.
gate = threading.Semaphore(0)
order = []


def waiter():
    gate.acquire()
    order.append("acquired")


t = threading.Thread(target=waiter)
t.start()
t.join(0.02)
order.append("releasing")
gate.release()
t.join()
print(order)
