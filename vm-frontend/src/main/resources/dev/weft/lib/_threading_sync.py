"""The synchronization objects of threading: Condition, Semaphore, BoundedSemaphore, Event
and Barrier (with BrokenBarrierError), on the locks of _thread.

They live apart from the threads themselves to keep each file small; threading imports them
and they call themselves threading's (__module__), as reprs and tracebacks show in CPython.
Every one is a Condition over a plain lock plus a little state, as in CPython, so they time
out, wake up and break in the same order.
"""

import _thread
from time import monotonic as _time

_allocate_lock = _thread.allocate_lock


def _deprecated(old, new):
    import warnings
    warnings.warn('%s is deprecated, %s instead' % (old, new), DeprecationWarning, stacklevel=3)


class Condition:
    """A lock (an RLock unless one is given) with a queue of threads waiting to be notified.

    Each waiter blocks on a lock of its own, taken before it waits; notify() releases the
    waiters' locks in the order they came. The waiter list is only touched with the
    condition's lock held."""

    __module__ = 'threading'

    def __init__(self, lock=None):
        if lock is None:
            lock = _thread.RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock knows whether this thread owns it and how to let go of every level at once;
        # for a plain lock the fallbacks below do.
        for name in ('_is_owned', '_release_save', '_acquire_restore'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = waiter.acquire()
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(state)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        deadline = None
        left = timeout
        while not result:
            if timeout is not None:
                if deadline is None:
                    deadline = _time() + timeout
                else:
                    left = deadline - _time()
                    if left <= 0:
                        break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                continue
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll()', 'use notify_all()')
        self.notify_all()


class Semaphore:
    """A counter that acquire() takes down by one, waiting while it is zero, and release()
    puts back up."""

    __module__ = 'threading'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(_allocate_lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return '<%s.%s at %#x: value=%s>' % (cls.__module__, cls.__qualname__, id(self),
                                            self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    left = deadline - _time()
                    if left <= 0:
                        return False
                    self._cond.wait(left)
                else:
                    self._cond.wait()
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    __module__ = 'threading'

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return '<%s.%s at %#x: value=%s/%s>' % (cls.__module__, cls.__qualname__, id(self),
                                               self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait to see set."""

    __module__ = 'threading'

    def __init__(self):
        self._cond = Condition(_allocate_lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        return '<%s.%s at %#x: %s>' % (cls.__module__, cls.__qualname__, id(self),
                                      'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet()', 'use is_set()')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    __module__ = 'threading'


# Barrier states. A barrier fills until the last party arrives, then drains: no new party may
# enter until every released one has left, so one round cannot steal another's wake-up.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Lets a fixed number of threads (parties) wait for each other, round after round."""

    __module__ = 'threading'

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(_allocate_lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = type(self)
        if self.broken:
            return '<%s.%s at %#x: broken>' % (cls.__module__, cls.__qualname__, id(self))
        return '<%s.%s at %#x: waiters=%d/%d>' % (cls.__module__, cls.__qualname__, id(self),
                                                 self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    try:
                        if self._action:
                            self._action()
                    except BaseException:
                        self._break()
                        raise
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._state != _DRAINING:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN
