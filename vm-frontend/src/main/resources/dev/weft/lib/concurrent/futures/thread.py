"""ThreadPoolExecutor: runs submitted calls on a pool of up to max_workers threads.

Work goes through one SimpleQueue; a worker takes a work item, runs it, and counts itself
idle (a semaphore) so that submit() starts a new thread only when no worker is idle, as
CPython does. None on the queue tells a worker to stop; it puts the None back for the next.

At the end of the program, threading._shutdown runs _python_exit (registered with
threading._register_atexit, as in CPython): every worker still running is told to stop once
the work queued before it is done, and joined. So a program that never shuts its executor
down prints what it would under CPython. CPython's workers hold their executor through a weak
reference so that a forgotten executor can be collected; weft has no weakref, so a worker
holds its executor until the worker stops.
"""

import os
import queue
import threading

from . import _base

_threads_queues = {}
_shutdown = False
# Held while submitting, so that _python_exit cannot slip between the check of _shutdown and
# the start of a new worker.
_global_shutdown_lock = threading.Lock()
_pool_count = 0


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException as exc:
                _base._log('Exception in initializer:', exc)
                executor._initializer_failed()
                return
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                del item
                executor._idle_semaphore.release()
                continue
            if _shutdown:
                executor._shutdown = True
            # Pass the stop signal on to the next worker.
            work_queue.put(None)
            return
    except BaseException as exc:
        _base._log('Exception in worker', exc)
    finally:
        with _global_shutdown_lock:
            _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        global _pool_count
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            with _global_shutdown_lock:
                thread_name_prefix = 'ThreadPoolExecutor-%d' % _pool_count
                _pool_count += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker will take the new item: no new thread.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, num_threads)
            t = threading.Thread(name=name, target=_worker,
                                 args=(self, self._work_queue, self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
