# ThreadPoolExecutor: submit, map in order, as_completed, the with-statement and shutdown.
import concurrent.futures as cf
import threading


def square(x):
    return x * x


with cf.ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(square, range(10))))
    print(list(pool.map(pow, [2, 3, 4], [5, 2, 0])))
    futures = [pool.submit(square, n) for n in range(8)]
    print(sorted(f.result() for f in cf.as_completed(futures)))
    print([f.result() for f in futures], all(f.done() for f in futures))
    f = pool.submit(lambda a, b=0: a - b, 10, b=3)
    print(f.result(), f.exception(), f.running(), f.cancelled())
print("after with")
try:
    pool.submit(square, 2)
except RuntimeError as e:
    print("RuntimeError:", e)

# One worker: tasks run in submission order on the thread named <prefix>_0.
solo = cf.ThreadPoolExecutor(max_workers=1)
names = [solo.submit(lambda: threading.current_thread().name) for _ in range(3)]
print([f.result() for f in names])
solo.shutdown()
named = cf.ThreadPoolExecutor(1, thread_name_prefix="crew")
print(named.submit(lambda: threading.current_thread().name).result())
named.shutdown(wait=True)

# wait(): all done, or the first to complete.
with cf.ThreadPoolExecutor(3) as pool:
    gate = threading.Event()
    slow = pool.submit(gate.wait)
    fast = pool.submit(square, 7)
    done, not_done = cf.wait([slow, fast], return_when=cf.FIRST_COMPLETED)
    print(fast in done, slow in not_done, len(done), len(not_done))
    done, not_done = cf.wait([slow, fast], timeout=0.02)
    print("timeout:", len(done), len(not_done))
    gate.set()
    done, not_done = cf.wait([slow, fast])
    print("all:", len(done), len(not_done), slow.result())

# initializer runs once per worker thread.
seen = []
with cf.ThreadPoolExecutor(2, initializer=seen.append, initargs=("init",)) as pool:
    print(sum(pool.map(square, range(100))))
print(1 <= len(seen) <= 2, sorted(set(seen)))
for bad in (lambda: cf.ThreadPoolExecutor(0), lambda: cf.ThreadPoolExecutor(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
