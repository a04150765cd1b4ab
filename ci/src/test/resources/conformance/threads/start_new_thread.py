# _thread directly: start_new_thread, allocate_lock used as a join, and dummy threads.
import _thread
import threading

done = _thread.allocate_lock()
done.acquire()
results = []


def job(a, b, scale=1):
    results.append((a + b) * scale)
    results.append(_thread.get_ident() != main_ident)
    me = threading.current_thread()
    results.append((me.name.startswith("Dummy-"), me.daemon, me.is_alive()))
    results.append(threading.current_thread() is me)
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(job, (2, 3), {"scale": 10})
done.acquire()
print(results)
print(isinstance(ident, int), ident != main_ident)

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
print(lock.locked(), _thread.error is RuntimeError)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())

# Many raw threads, each signalling its own lock.
locks = []
total = [0]
guard = _thread.allocate_lock()


def add(n, lk):
    with guard:
        total[0] += n
    lk.release()


for n in range(10):
    lk = _thread.allocate_lock()
    lk.acquire()
    locks.append(lk)
    _thread.start_new_thread(add, (n, lk))
for lk in locks:
    lk.acquire()
print("total", total[0])
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
print(r._is_owned())
