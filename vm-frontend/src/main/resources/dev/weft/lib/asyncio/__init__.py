"""asyncio for Weft: one event loop per thread, on coroutines and Futures.

The loop is CPython's design in small (see events.py): a FIFO of ready callbacks and a heap of
timers, run a batch at a time, so tasks interleave at their awaits in the order CPython gives.
A Task drives its coroutine with send() and throw(); a coroutine waits by yielding the Future
it awaits, and the Task resumes when that Future's done-callbacks run. Time is real
(time.monotonic); when nothing is ready the loop sleeps until the next timer.
"""

from .exceptions import CancelledError, InvalidStateError, TimeoutError
from .coroutines import iscoroutine, iscoroutinefunction
from .events import (AbstractEventLoop, Handle, TimerHandle, get_event_loop, get_running_loop,
                     new_event_loop, set_event_loop, _get_running_loop)
from .futures import Future, isfuture, wrap_future
from .tasks import (Task, create_task, ensure_future, sleep, gather, wait_for, wait, shield,
                    as_completed, current_task, all_tasks, FIRST_COMPLETED, FIRST_EXCEPTION,
                    ALL_COMPLETED)
from .locks import Lock, Event, Semaphore, BoundedSemaphore, Condition
from .queues import Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull
from .runners import run
from .timeouts import timeout, Timeout

__all__ = ('CancelledError', 'InvalidStateError', 'TimeoutError', 'iscoroutine',
           'iscoroutinefunction', 'AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop',
           'get_running_loop', 'new_event_loop', 'set_event_loop', 'Future', 'isfuture',
           'Task', 'create_task', 'ensure_future', 'sleep', 'gather', 'wait_for', 'wait',
           'shield', 'as_completed', 'current_task', 'all_tasks', 'FIRST_COMPLETED',
           'FIRST_EXCEPTION', 'ALL_COMPLETED', 'Lock', 'Event', 'Semaphore', 'BoundedSemaphore',
           'Condition', 'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull', 'run',
           'timeout', 'Timeout')
