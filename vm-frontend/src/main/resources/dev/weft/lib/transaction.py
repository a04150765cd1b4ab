"""PyPy-STM's transaction module, on weft's transactional heap.

atomic               `with atomic:` runs the block as one transaction (nestable): no other
                     thread sees a state from its middle.
is_atomic()          the nesting depth of atomic blocks (0 outside).
hint_commit_soon()   ends the running transaction soon (outside atomic blocks).
getsegmentlimit()    how many threads run at once: the cores (1 under --tm=gil).
time(), clock()      wall-clock and monotonic seconds that do not make the transaction
                     inevitable (time.time() does).
TransactionQueue     add(f, *args, **kwds), add_generator(gen), run(nb_segments=0): runs every
                     queued call on nb_segments threads, each call atomically, so that the
                     result is that of running them one after the other in some order. Calls
                     may add more calls. The first exception stops the run and is re-raised.
threadlocalproperty  a property whose value is per thread (default_factory makes the first).

Under --tm=gil all of it works the same way, with the global lock in place of transactions.
"""

import _thread
import _transaction
import threading

__all__ = ["atomic", "is_atomic", "hint_commit_soon", "getsegmentlimit", "time", "clock",
           "TransactionQueue", "threadlocalproperty"]

is_atomic = _transaction.is_atomic
hint_commit_soon = _transaction.hint_commit_soon
getsegmentlimit = _transaction.getsegmentlimit
time = _transaction.time
clock = _transaction.clock


class _Atomic:
    """The context manager behind `with atomic:`."""

    def __enter__(self):
        _transaction.atomic_enter()
        return self

    def __exit__(self, *exc):
        _transaction.atomic_exit()
        return False

    def __repr__(self):
        return "<transaction.atomic>"


atomic = _Atomic()


class TransactionQueue:
    """Calls to run in parallel, each atomically.

    Each worker thread keeps its own list of calls, so that workers do not write one shared
    list (which would make their transactions conflict): the queued calls are dealt out to the
    workers at the start, a call that a worker runs adds to that worker's list, and a worker
    whose list is empty takes half of another's."""

    def __init__(self):
        self._pending = []
        self._lists = None
        self._owner = {}
        self._lock = _thread.allocate_lock()
        self._idle = 0
        self._error = None
        self._done = False

    def add(self, f, *args, **kwds):
        """Queues f(*args, **kwds)."""
        lists = self._lists
        if lists is not None:
            mine = self._owner.get(_thread.get_ident())
            if mine is not None:
                mine.append((f, args, kwds))
                return
            with self._lock:
                lists[0].append((f, args, kwds))
            return
        self._pending.append((f, args, kwds))

    def add_generator(self, generator_iterator):
        """Queues the steps of a generator: each next() is one call, and the next step is
        queued after it."""
        self.add(self._step, generator_iterator)

    def _step(self, gen):
        try:
            next(gen)
        except StopIteration:
            return
        self.add(self._step, gen)

    def run(self, nb_segments=0):
        """Runs every queued call (and the calls they add) on nb_segments threads (0: as
        many as getsegmentlimit()); returns when all are done. Re-raises the first exception
        a call raised; the calls not yet started are then dropped."""
        if self._lists is not None:
            raise RuntimeError("TransactionQueue.run() is already running")
        n = nb_segments if nb_segments > 0 else getsegmentlimit()
        n = max(1, n)
        lists = [[] for _ in range(n)]
        for i, task in enumerate(self._pending):
            lists[i % n].append(task)
        self._pending = []
        self._lists = lists
        self._idle = 0
        self._error = None
        self._done = False
        self._wake = threading.Condition(self._lock)
        threads = [threading.Thread(target=self._worker, args=(i,), name="TransactionQueue-%d" % i, daemon=True)
                   for i in range(n)]
        try:
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            self._lists = None
            self._owner = {}
        if self._error is not None:
            error = self._error
            self._error = None
            raise error

    def _worker(self, index):
        mine = self._lists[index]
        self._owner[_thread.get_ident()] = mine
        while True:
            if self._done:
                return
            if not mine:
                if not self._refill(mine):
                    return
                continue
            f, args, kwds = mine.pop()
            try:
                with atomic:
                    f(*args, **kwds)
            except BaseException as e:
                with self._lock:
                    if self._error is None:
                        self._error = e
                    self._done = True
                    self._wake.notify_all()
                return
            hint_commit_soon()

    def _refill(self, mine):
        """Takes calls from the fullest other list; waits while others still run calls that
        may add more. Answers False when everything is done."""
        with self._lock:
            while True:
                if self._done:
                    return False
                fullest = max(self._lists, key=len)
                if fullest:
                    half = (len(fullest) + 1) // 2
                    mine.extend(fullest[-half:])
                    del fullest[-half:]
                    self._wake.notify_all()
                    return True
                self._idle += 1
                if self._idle == len(self._lists):
                    self._done = True
                    self._wake.notify_all()
                    return False
                self._wake.wait(0.05)
                self._idle -= 1


class threadlocalproperty:
    """A property with one value per thread: `x = threadlocalproperty(list)` in a class gives
    each thread its own `obj.x`, made by default_factory() on first use (AttributeError
    without one)."""

    def __init__(self, default_factory=None):
        self.default_factory = default_factory
        self._name = "_threadlocalproperty_%x" % id(self)

    def _values(self, obj):
        d = obj.__dict__
        values = d.get(self._name)
        if values is None:
            values = d[self._name] = {}
        return values

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        values = self._values(obj)
        me = _thread.get_ident()
        try:
            return values[me]
        except KeyError:
            if self.default_factory is None:
                raise AttributeError("thread-local property is not set") from None
            v = values[me] = self.default_factory()
            return v

    def __set__(self, obj, value):
        self._values(obj)[_thread.get_ident()] = value

    def __delete__(self, obj):
        try:
            del self._values(obj)[_thread.get_ident()]
        except KeyError:
            raise AttributeError("thread-local property is not set") from None
