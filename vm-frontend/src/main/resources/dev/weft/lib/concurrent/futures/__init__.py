"""Run callables asynchronously: Future, Executor, wait and as_completed (in _base),
ThreadPoolExecutor (in thread).

ProcessPoolExecutor (in process) exists only to say that weft has none: weft runs Python
threads in parallel, without a global lock, so a thread pool is what to use. The submodules
are imported at once rather than on first use as CPython does, since they are small.
"""

from ._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                    TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor, wait,
                    as_completed)
from .thread import ThreadPoolExecutor
from .process import ProcessPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')
