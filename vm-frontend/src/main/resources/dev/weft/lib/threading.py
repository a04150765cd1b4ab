"""Threads and the tools to coordinate them, built on the primitives of _thread.

What is here: Thread (with the default names, reprs, daemon flag and excepthook of CPython
3.11), the dummy threads that stand for threads started by _thread directly, Timer, Lock and
RLock (the _thread types themselves), the module functions (current_thread, main_thread,
enumerate, active_count, ...) and _shutdown, which the VM calls when the main module ends,
to wait for the non-daemon threads. Condition, Semaphore, BoundedSemaphore, Event and Barrier
are written in _threading_sync, local in _threading_local; they are imported from there.

How a thread ends: each started Thread holds a lock, _done, taken before the thread starts and
released by the runtime once the thread has ended (after it has left _active, and even if its
last words failed: _thread._start_joinable_thread). join() waits by taking
and giving back that lock, which is what CPython does with its "thread state lock". _shutdown
first runs the hooks given to _register_atexit (concurrent.futures stops its workers there),
then waits for every non-daemon thread that was started and has not finished.

What is missing: settrace and setprofile only record their hook, and hand it to a new thread
when sys has settrace/setprofile; there is no fork, so no _after_fork; daemon threads are
always allowed.
"""

import sys as _sys
import _thread

try:
    from _thread import _format_exception
except ImportError:
    def _format_exception(exc):
        import traceback
        return ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))

from _threading_sync import (Condition, Semaphore, BoundedSemaphore, Event, Barrier,
                             BrokenBarrierError, _deprecated)

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_start_joinable_thread = _thread._start_joinable_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _allocate_lock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may take it again (and must release it as
    often)."""
    return _thread.RLock(*args, **kwargs)


_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def gettrace():
    return _trace_hook


def getprofile():
    return _profile_hook


# Threads by ident once running (_active), and started but not yet running (_limbo); the
# non-daemon ones that have not ended yet, for _shutdown to wait on; the hooks that
# _register_atexit gave _shutdown to run first.
_active_limbo_lock = RLock()
_active = {}
_limbo = {}
_nondaemon = {}
_name_counter = 0
_atexits = []
_SHUTTING_DOWN = False


def _newname(template):
    global _name_counter
    with _active_limbo_lock:
        _name_counter += 1
        return template % _name_counter


class _ExceptHookArgs(tuple):
    """What excepthook receives: (exc_type, exc_value, exc_traceback, thread)."""

    __module__ = '_thread'

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)'
                            % len(seq))
        return tuple.__new__(cls, seq)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ('_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, '
                'thread=%r)' % tuple(self))


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Print an exception that ended a thread, as CPython does; SystemExit is silent."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stderr.write('Exception in thread %s:\n' % name)
    if args.exc_value is not None:
        stderr.write(_format_exception(args.exc_value))
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    try:
        hook = excepthook
        if hook is None:
            hook = thread._excepthook
        hook(ExceptHookArgs((type(exc), exc, exc.__traceback__, thread)))
    except Exception as failure:
        failure.__suppress_context__ = True
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        print('Exception in threading.excepthook:', file=stderr, flush=True)
        hook = getattr(_sys, 'excepthook', None)
        if hook is not None:
            hook(type(failure), failure, failure.__traceback__)
        else:
            stderr.write(_format_exception(failure))
            stderr.flush()


class Thread:
    """A thread of control: give it a target, or subclass it and override run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                target_name = getattr(target, '__name__', None)
                if target_name is not None:
                    name += ' (%s)' % target_name
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done = None
        self._local_impls = []
        self._stderr = _sys.stderr
        # The hook to use if threading.excepthook is None when this thread fails.
        self._excepthook = excepthook
        if excepthook is None:
            raise RuntimeError('threading.excepthook is None')
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started.is_set():
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set() or self._done is not None:
            raise RuntimeError('threads can only be started once')
        self._done = _allocate_lock()
        self._done.acquire()
        with _active_limbo_lock:
            _limbo[self] = self
            if not self._daemonic:
                _nondaemon[self] = self
        try:
            _start_joinable_thread(self._bootstrap, self._done)
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
                _nondaemon.pop(self, None)
            self._done = None
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Let go of the target and its arguments as soon as they are done with.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            if _trace_hook is not None and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except BaseException as exc:
                _invoke_excepthook(self, exc)
        finally:
            self._end()

    def _end(self):
        """The thread's last act: leave _active, drop its thread-local dicts, wake joiners."""
        with _active_limbo_lock:
            if _active.get(self._ident) is self:
                del _active[self._ident]
            _nondaemon.pop(self, None)
            for impl in self._local_impls:
                impl.dicts.pop(self._ident, None)
            self._local_impls = []
        self._is_stopped = True
        # _done is released by the runtime once this thread has ended, even if this method
        # never ran to here (_thread._start_joinable_thread)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if self._is_stopped:
            return
        if timeout is None:
            ended = self._done.acquire()
        elif timeout > 0:
            ended = self._done.acquire(True, timeout)
        else:
            ended = self._done.acquire(False)
        if ended:
            self._done.release()

    def is_alive(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon()', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon()', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName()', 'get the name attribute')
        return self.name

    def setName(self, name):
        _deprecated('setName()', 'set the name attribute')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds, unless cancel()
    comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that imported threading (the main thread); it ends at _shutdown."""

    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._done = _allocate_lock()
        self._done.acquire()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread that _thread started directly; it is never stopped nor joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, 'cannot join a dummy thread'


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread()', 'use current_thread()')
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount()', 'use active_count()')
    return active_count()


def enumerate():
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def _register_atexit(func, *args, **kwargs):
    """Run func(*args, **kwargs) at _shutdown, before the non-daemon threads are joined;
    later registrations run first."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _atexits.append((func, args, kwargs))


def _shutdown():
    """Called by the VM when the main module ends: run the _register_atexit hooks, mark the
    main thread stopped and wait for every non-daemon thread to end."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for func, args, kwargs in reversed(_atexits):
        func(*args, **kwargs)
    if _main_thread._ident == get_ident():
        _main_thread._is_stopped = True
        _main_thread._done.release()
    me = _active.get(get_ident())
    while True:
        with _active_limbo_lock:
            waiting = [t for t in _nondaemon if t is not me]
        if not waiting:
            break
        for t in waiting:
            t._done.acquire()
            t._done.release()
            # ended: its _end took it out of _nondaemon, unless _end itself failed
            with _active_limbo_lock:
                _nondaemon.pop(t, None)


_main_thread = _MainThread()


from _threading_local import local
