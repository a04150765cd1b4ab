"""Future, Executor, wait and as_completed, shared by every executor.

A Future moves PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED; the executor turns
CANCELLED into CANCELLED_AND_NOTIFIED when it meets the cancelled work, and only then do
wait() and as_completed() see it as done (CPython's rule). Each Future guards its state with
a Condition; wait() and as_completed() hang a _Waiter on every future they watch, and the
future reports to it, under its lock, as it finishes.

Weft has no logging module: what CPython sends to the 'concurrent.futures' logger with no
handler configured (its "last resort" output, the message and the traceback on stderr) is
written to sys.stderr directly by _log.
"""

import sys
import threading
import time
from collections import namedtuple

try:
    from _thread import _format_exception
except ImportError:
    def _format_exception(exc):
        import traceback
        return ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


def _log(message, exc):
    """What logging's last-resort handler prints for LOGGER.exception(message)."""
    stream = sys.stderr
    if stream is not None:
        stream.write(message + '\n' + _format_exception(exc))
        stream.flush()


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


class _Waiter:
    """What one wait() or as_completed() call knows: the futures that finished since it
    started watching, and an event set once it has what it waits for."""

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []

    def _finished(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            self.pending -= 1
            if (self.mode in (FIRST_COMPLETED, _AS_COMPLETED) or self.pending <= 0
                    or (failed and self.mode == FIRST_EXCEPTION)):
                self.event.set()

    def add_result(self, future):
        self._finished(future, False)

    def add_exception(self, future):
        self._finished(future, True)

    def add_cancelled(self, future):
        self._finished(future, False)


class _AcquireFutures:
    """Holds the locks of many futures at once, always taken in the same (id) order."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _install_waiter(fs, return_when):
    if return_when in (FIRST_COMPLETED, _AS_COMPLETED):
        pending = 0
    elif return_when in (FIRST_EXCEPTION, ALL_COMPLETED):
        pending = sum(f._state not in _DONE_STATES for f in fs)
    else:
        raise ValueError('Invalid return condition: %r' % return_when)
    waiter = _Waiter(return_when, pending)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


def as_completed(fs, timeout=None):
    """Yield the futures of fs (each once) as they finish or are cancelled; TimeoutError if
    they have not all done so after timeout seconds."""
    if timeout is not None:
        deadline = time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if f._state in _DONE_STATES]
        pending = set(f for f in fs if f._state not in _DONE_STATES)
        waiter = _install_waiter(fs, _AS_COMPLETED)
    try:
        # CPython hands out the futures already done last-first, the later ones in the order
        # they finished.
        yield from reversed(finished)
        while pending:
            if timeout is None:
                left = None
            else:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(left)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in finished:
                pending.discard(f)
                yield f
    finally:
        _remove_waiter(fs, waiter)


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done',
                                   module='concurrent.futures._base')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of fs as return_when says (FIRST_COMPLETED, FIRST_EXCEPTION or
    ALL_COMPLETED) or until timeout; return the sets (done, not_done)."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f._state in _DONE_STATES)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    with waiter.lock:
        done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(future, timeout=None):
    try:
        return future.result(timeout)
    finally:
        future.cancel()


class Future:
    """The result of a call that may not have happened yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _log('exception calling callback for %r' % (self,), exc)

    def __repr__(self):
        with self._condition:
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        type(self).__name__, id(self), state, type(self._exception).__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    type(self).__name__, id(self), state, type(self._result).__name__)
            return '<%s at %#x state=%s>' % (type(self).__name__, id(self), state)

    def cancel(self):
        """Cancel the call if it has not started; True if the future is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (at once if it already is)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            _log('exception calling callback for %r' % (self,), exc)

    def _wait_done(self, timeout):
        """With the condition held: wait (once) for the future to be done; raise
        CancelledError or TimeoutError when it is cancelled or still not done."""
        if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, or its exception raised, waiting up to timeout."""
        with self._condition:
            self._wait_done(timeout)
            return self._get_result()

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to timeout."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: False if the future was cancelled (telling the waiters so),
        else mark it running and return True."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            sys.stderr.write('Future %s in unexpected state: %s\n' % (id(self), self._state))
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        return cls


class Executor:
    """The interface of an executor: submit, map, shutdown, and the with-statement."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls running concurrently: every call is submitted
        at once; the results come in order, each waited for when it is reached."""
        if timeout is not None:
            deadline = time.monotonic() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), deadline - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
