# The transaction module (PyPy-STM's API): TransactionQueue runs each call atomically, as if
# the calls ran one after the other; atomic blocks keep an invariant that every thread sees.
# CPython has no such module: the fallback below is the sequential model the output stands for.
import threading

try:
    import transaction
except ImportError:
    class _Atomic:
        def __init__(self):
            self.lock = threading.RLock()
            self.depth = {}

        def __enter__(self):
            self.lock.acquire()
            me = threading.get_ident()
            self.depth[me] = self.depth.get(me, 0) + 1

        def __exit__(self, *exc):
            me = threading.get_ident()
            self.depth[me] -= 1
            self.lock.release()

    class _TransactionQueue:
        def __init__(self):
            self.calls = []

        def add(self, f, *args, **kwds):
            self.calls.append((f, args, kwds))

        def run(self, nb_segments=0):
            while self.calls:
                f, args, kwds = self.calls.pop(0)
                f(*args, **kwds)

    class transaction:
        atomic = _Atomic()
        TransactionQueue = _TransactionQueue

        @staticmethod
        def is_atomic():
            return transaction.atomic.depth.get(threading.get_ident(), 0)

        @staticmethod
        def getsegmentlimit():
            return 1

        @staticmethod
        def hint_commit_soon():
            pass

# 1. thousands of small calls on shared state: each call is atomic, so nothing is lost
total = [0]
squares = {}


def task(i):
    total[0] += i          # read, add, write: atomic only because the call is
    squares[i % 97] = squares.get(i % 97, 0) + i * i
    if i % 500 == 0 and i < 3000:
        tq.add(task, 100000 + i)   # calls may add calls


tq = transaction.TransactionQueue()
for i in range(4000):
    tq.add(task, i)
tq.run()
print("total", total[0], "squares", sum(squares.values()), len(squares))

# 2. the first exception stops the run and is raised by run()
def fails(i):
    if i == 13:
        raise ValueError("task %d failed" % i)

tq2 = transaction.TransactionQueue()
for i in range(20):
    tq2.add(fails, i)
try:
    tq2.run(2)
except ValueError as e:
    print("ValueError:", e)

# 3. atomic blocks: money moves between accounts, the sum never changes for anyone who looks
accounts = [100] * 10
broken = []


def mover(seed):
    x = seed
    for _ in range(3000):
        x = (x * 1103515245 + 12345) % 2147483648
        a, b = x % 10, (x // 10) % 10
        with transaction.atomic:
            amount = accounts[a] // 3
            accounts[a] -= amount
            accounts[b] += amount


def checker():
    for _ in range(300):
        with transaction.atomic:
            if sum(accounts) != 1000:
                broken.append(sum(accounts))


threads = [threading.Thread(target=mover, args=(s,)) for s in (1, 2, 3)]
threads.append(threading.Thread(target=checker))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("sum", sum(accounts), "broken", broken)

# 4. nesting
with transaction.atomic:
    with transaction.atomic:
        inner = transaction.is_atomic()
    outer = transaction.is_atomic()
print("depths", inner, outer, transaction.is_atomic())
print("segments", transaction.getsegmentlimit() >= 1)
transaction.hint_commit_soon()
