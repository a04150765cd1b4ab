# Barrier: four threads go through three phases together; abort and reset break it.
import threading

PARTIES = 4
actions = []
barrier = threading.Barrier(PARTIES, action=lambda: actions.append(len(actions)))
lock = threading.Lock()
phase_log = {0: [], 1: [], 2: []}
indices = []


def worker(n):
    for phase in range(3):
        with lock:
            phase_log[phase].append(n)
        index = barrier.wait()
        with lock:
            indices.append(index)
            # Nobody may be in the next phase before everyone finished this one.
            if phase < 2:
                assert len(phase_log[phase]) == PARTIES


threads = [threading.Thread(target=worker, args=(n,)) for n in range(PARTIES)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("phases", [sorted(phase_log[p]) for p in range(3)])
print("actions", actions)
print("indices", sorted(indices))
print("parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)

# A waiter that times out breaks the barrier for everyone.
b = threading.Barrier(2)
try:
    b.wait(0.02)
except threading.BrokenBarrierError:
    print("timed out: BrokenBarrierError, broken", b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("wait on broken barrier: BrokenBarrierError")
b.reset()
print("after reset, broken", b.broken)

# abort() wakes a waiting thread with BrokenBarrierError.
b = threading.Barrier(3)
outcome = []


def blocked():
    try:
        b.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")


t = threading.Thread(target=blocked)
t.start()
while b.n_waiting == 0:
    t.join(0.001)
print("waiting", b.n_waiting)
b.abort()
t.join()
print(outcome, b.broken, issubclass(threading.BrokenBarrierError, RuntimeError))

# An action that raises breaks the barrier; the raising party sees the exception.
b = threading.Barrier(1, action=lambda: 1 / 0)
try:
    b.wait()
except ZeroDivisionError:
    print("action raised, broken", b.broken)
