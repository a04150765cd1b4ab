# Event: a ping-pong between two threads, strictly alternating, and wait with a timeout.
import threading

ping = threading.Event()
pong = threading.Event()
log = []


def player():
    for i in range(5):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(5):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)

e = threading.Event()
print("is_set:", e.is_set(), "wait(0.01):", e.wait(0.01), "wait(0):", e.wait(0))
e.set()
print("is_set:", e.is_set(), "wait():", e.wait(), "wait(0):", e.wait(0))
e.clear()
print("cleared:", e.is_set())

# Many waiters, one set.
start = threading.Event()
woke = []
lock = threading.Lock()


def waiter(n):
    got = start.wait(5)
    with lock:
        woke.append((n, got))


waiters = [threading.Thread(target=waiter, args=(n,)) for n in range(6)]
for w in waiters:
    w.start()
start.set()
for w in waiters:
    w.join()
print(sorted(woke))
