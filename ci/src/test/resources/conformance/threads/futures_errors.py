# Futures and errors: exceptions carried to result(), map stopping at the first failure,
# cancel, callbacks, timeouts, and Future used without an executor.
import concurrent.futures as cf
import threading


def check(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x * 10


with cf.ThreadPoolExecutor(2) as pool:
    f = pool.submit(check, 3)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("result raised:", e)
    got = []
    try:
        for r in pool.map(check, range(6)):
            got.append(r)
    except ValueError as e:
        print("map gave", got, "then raised:", e)
    futures = [pool.submit(check, n) for n in range(5)]
    done, not_done = cf.wait(futures, return_when=cf.FIRST_EXCEPTION)
    print("first exception seen:", any(f.exception() for f in done))
    cf.wait(futures)
    print(sorted((f.exception() is None, str(f.exception())) for f in futures))

# A pending future behind a blocked worker can be cancelled; a running one cannot.
with cf.ThreadPoolExecutor(1) as pool:
    gate = threading.Event()
    started = threading.Event()
    running = pool.submit(lambda: (started.set(), gate.wait())[1])
    pending = pool.submit(check, 1)
    started.wait()
    print("cancel running:", running.cancel(), "cancel pending:", pending.cancel())
    print(running.running(), pending.cancelled(), pending.done())
    try:
        pending.result()
    except cf.CancelledError:
        print("CancelledError")
    try:
        running.result(timeout=0.01)
    except cf.TimeoutError:
        print("TimeoutError", cf.TimeoutError is TimeoutError)
    gate.set()
print(running.result())

# Futures by hand, with done-callbacks.
calls = []
f = cf.Future()
f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
print(f.done(), f.running(), f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
f.add_done_callback(lambda fut: calls.append(("cb2", fut.result())))
print(calls, f.result(0))
try:
    f.set_result(1)
except cf.InvalidStateError:
    print("InvalidStateError")
g = cf.Future()
print(g.cancel(), g.cancel(), g.cancelled(), g.set_running_or_notify_cancel())
h = cf.Future()
h.set_exception(KeyError("k"))
print(repr(h.exception()), h.done())
print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf.BrokenExecutor, RuntimeError))
pending_all = [cf.Future() for _ in range(3)]
try:
    for _ in cf.as_completed(pending_all, timeout=0.01):
        pass
except cf.TimeoutError as e:
    print("as_completed:", e)
try:
    cf.ProcessPoolExecutor
    print("ProcessPoolExecutor exists")
except AttributeError:
    print("no ProcessPoolExecutor")
with cf.ThreadPoolExecutor(1) as pool:
    pool.submit(check, 3).result()
