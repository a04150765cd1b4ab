# threading.local: each thread sees its own attributes; a subclass's __init__ runs per thread.
import threading

data = threading.local()
data.name = "main"
results = {}
lock = threading.Lock()


def worker(n):
    had = hasattr(data, "name")
    data.name = "worker %d" % n
    data.items = [n] * n
    with lock:
        results[n] = (had, data.name, len(data.items), sorted(data.__dict__))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, results[n])
print("main still sees", data.name, hasattr(data, "items"))


class Counter(threading.local):
    inits = 0

    def __init__(self, start, step=1):
        with lock:
            Counter.inits += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2


counter = Counter(10, step=5)
counter.bump()
seen = []


def use_counter():
    first = counter.value
    counter.bump()
    counter.bump()
    with lock:
        seen.append((first, counter.value, counter.doubled))


threads = [threading.Thread(target=use_counter) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
print("main value", counter.value, "inits", Counter.inits)

del data.name
try:
    data.name
except AttributeError:
    print("AttributeError after del")
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
