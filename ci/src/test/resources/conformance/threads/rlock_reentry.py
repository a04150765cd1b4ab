# RLock: the owner may take it again and again; others must wait for the last release.
import threading

rlock = threading.RLock()


def depth(n):
    with rlock:
        if n == 0:
            return 0
        return 1 + depth(n - 1)


print("nested depth", depth(20))

rlock.acquire()
rlock.acquire()
print("owned twice:", rlock._is_owned())
seen = []


def other():
    seen.append(("try", rlock.acquire(False)))
    try:
        rlock.release()
    except RuntimeError as e:
        seen.append(("release", str(e)))
    with rlock:
        seen.append(("got it", rlock._is_owned()))


t = threading.Thread(target=other)
t.start()
t.join(0.05)
print("other waits:", t.is_alive())
rlock.release()
print("still owned:", rlock._is_owned())
rlock.release()
t.join()
print(seen)
print("owned at end:", rlock._is_owned())

counter = [0]


def bump():
    for _ in range(300):
        with rlock:
            with rlock:
                counter[0] += 1


threads = [threading.Thread(target=bump) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter[0])
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
