# Executor shutdown: cancel_futures, wait=False, submitting after shutdown, a pool left open
# at exit still finishes its queued work, and the thread names of successive pools.
import concurrent.futures as cf
import threading
import time

pool = cf.ThreadPoolExecutor(1)
gate = threading.Event()
started = threading.Event()
first = pool.submit(lambda: (started.set(), gate.wait())[1])
started.wait()
rest = [pool.submit(pow, 2, n) for n in range(4)]
pool.shutdown(wait=False, cancel_futures=True)
print("cancelled:", [f.cancelled() for f in rest])
gate.set()
print(first.result())
pool.shutdown()
print("first done:", first.done())
try:
    pool.submit(pow, 2, 2)
except RuntimeError as e:
    print("RuntimeError:", e)

# shutdown(wait=True) waits for the running and queued work.
results = []
lock = threading.Lock()


def record(n):
    with lock:
        results.append(n)
    return n


pool = cf.ThreadPoolExecutor(3)
futures = [pool.submit(record, n) for n in range(30)]
pool.shutdown()
print(len(results), sorted(results) == list(range(30)), all(f.done() for f in futures))
pool.shutdown()

# Each unnamed pool takes the next number; workers are named <prefix>_<index>.
names = []
for _ in range(2):
    with cf.ThreadPoolExecutor(1) as p:
        names.append(p.submit(lambda: threading.current_thread().name).result())
print(names)

# A pool never shut down: its queued work still runs before the program ends. This is the
# main module's last statement, so the print cannot come before any other output.
left_open = cf.ThreadPoolExecutor(1)
left_open.submit(time.sleep, 0.05)
left_open.submit(print, "printed at exit by a pool left open")
