# A Thread subclass with run(); start, join with a timeout, is_alive, and the misuse errors.
import threading


class Squarer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.result = None

    def run(self):
        self.result = [n * n for n in self.numbers]


workers = [Squarer(range(k, k + 3)) for k in range(3)]
print([w.name for w in workers])
print([w.is_alive() for w in workers], [w.ident for w in workers])
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])
print([w.is_alive() for w in workers], all(isinstance(w.ident, int) for w in workers))

gate = threading.Event()
blocked = threading.Thread(target=gate.wait, name="blocked")
print(repr(blocked))
blocked.start()
blocked.join(0.05)
print("after join(0.05):", blocked.is_alive())
print(repr(blocked).replace(str(blocked.ident), "IDENT"))
gate.set()
blocked.join()
print("after set and join:", blocked.is_alive())
print(repr(blocked).replace(str(blocked.ident), "IDENT"))
blocked.join()
blocked.join(0)

for action in (blocked.start, threading.Thread().join, threading.current_thread().join):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    blocked.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

# The target's return value is dropped; args and kwargs reach it.
out = []
t = threading.Thread(target=lambda a, b=0: out.append(a + b), args=(1,), kwargs={"b": 2})
t.start()
t.join()
print(out, t.name)
