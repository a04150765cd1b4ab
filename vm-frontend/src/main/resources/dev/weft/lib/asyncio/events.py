"""The event loop: ready callbacks in FIFO order and timers in a heap.

Each turn of the loop (_run_once) moves the timers that are due to the ready queue, then runs
exactly the callbacks that were ready when the turn began; what they schedule runs in the next
turn. That batching is what fixes the order in which tasks take turns, and it is CPython's.

The loop's clock (time()) starts at time.monotonic() and moves on when the loop has nothing
ready: it sleeps (for real) until the next timer and the clock jumps to that timer's time. So
running callbacks takes no time on the loop's clock, and timers fire in the order of their
delays however slow the interpreter is, which is the order CPython shows on programs whose
callbacks are quick. While callbacks keep the loop busy, the clock follows the real one only
when it falls more than _MAX_LAG behind (a loop polling time() between sleep(0)s still ends).
"""

import heapq
import math
import sys
import time
from collections import deque

_CLOCK_RESOLUTION = 1e-09
# How far the loop's clock may fall behind the real one while callbacks keep it busy (seconds).
_MAX_LAG = 1.0


class Handle:
    """A callback with its arguments, scheduled by call_soon; it can be cancelled."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_loop(self):
        return self._loop

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + _format_callback(self._callback, self._args),
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A Handle due at a time of the loop's clock (call_later, call_at)."""

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


def _format_callback(cb, args):
    """How CPython names a callback in its messages: name(args) at file:line."""
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    text = name + '(' + ', '.join(repr(a) for a in args) + ')'
    code = getattr(cb, '__code__', None)
    if code is not None:
        text += ' at ' + code.co_filename + ':' + str(code.co_firstlineno)
    return text


class AbstractEventLoop:
    """The event loop of this package (there is one kind)."""

    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._exception_handler = None
        self._tasks = []
        self._clock = time.monotonic()

    # -- scheduling -----------------------------------------------------------------------

    def time(self):
        return self._clock

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        from .tasks import Task
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # -- running --------------------------------------------------------------------------

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        old = _get_running_loop()
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(old)

    def run_until_complete(self, future):
        from .futures import isfuture
        from .tasks import ensure_future
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _run_once(self):
        sched = self._scheduled
        if self._timer_cancelled_count and self._timer_cancelled_count * 2 > len(sched):
            kept = []
            for h in sched:
                if h._cancelled:
                    h._scheduled = False
                else:
                    kept.append(h)
            heapq.heapify(kept)
            self._scheduled = sched = kept
            self._timer_cancelled_count = 0
        else:
            while sched and sched[0]._cancelled:
                self._timer_cancelled_count -= 1
                h = heapq.heappop(sched)
                h._scheduled = False
        now = time.monotonic()
        if self._ready or self._stopping:
            if now - self._clock > _MAX_LAG:
                self._clock = now
        elif sched:
            when = sched[0]._when
            if when > now:
                time.sleep(when - now)
            if when > self._clock:
                # One step past `when`: in floats (start + delay) - start can come out a hair
                # under delay, and a sleep must never look shorter than asked.
                self._clock = math.nextafter(when, math.inf)
        end_time = self._clock + _CLOCK_RESOLUTION
        while sched:
            h = sched[0]
            if h._when >= end_time:
                break
            h = heapq.heappop(sched)
            h._scheduled = False
            self._ready.append(h)
        ready = self._ready
        for _ in range(len(ready)):
            h = ready.popleft()
            if not h._cancelled:
                h._run()

    # -- errors ---------------------------------------------------------------------------

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        if exc is not None:
            print(message, file=sys.stderr)
            print(type(exc).__name__ + (': ' + str(exc) if str(exc) else ''), file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


# -- the current loop -------------------------------------------------------------------------

_running_loop = None
_event_loop = None


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """The loop running now; RuntimeError when none is."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """The running loop, else the one set for this thread (made on first use)."""
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def new_event_loop():
    return AbstractEventLoop()
