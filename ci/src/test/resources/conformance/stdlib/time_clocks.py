# time: the clocks (types, monotonicity, the ns forms agreeing with the float ones) and sleep
# (it waits at least as long as asked; its errors).
import time

def err(f, *a):
    try:
        f(*a)
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    g = getattr(time, name + "_ns")
    a = f()
    b = g()
    c = f()
    print(name, type(a).__name__, type(b).__name__, a <= c, abs(b / 1e9 - a) < 1.0, b >= 0)

print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
t0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.009, time.monotonic() - m0 >= 0.009)
t0 = time.perf_counter_ns()
time.sleep(0)
time.sleep(1 / 1000)
time.sleep(False)
print(time.perf_counter_ns() - t0 >= 900_000)
readings = [time.monotonic_ns() for _ in range(100)]
print(readings == sorted(readings))
c0 = time.process_time()
x = 0
for i in range(200000):
    x += i
print(time.process_time() >= c0, x)
err(time.sleep, -1)
err(time.sleep, -0.5)
err(time.sleep, float("nan"))
err(time.sleep, "1")
err(time.sleep, None)
