"""ProcessPoolExecutor, which weft does not provide: its threads run Python code in parallel
(there is no global interpreter lock to escape), so ThreadPoolExecutor does the same job."""

from ._base import BrokenExecutor, Executor


class BrokenProcessPool(BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly."""


class ProcessPoolExecutor(Executor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        raise NotImplementedError('ProcessPoolExecutor is not available in weft: weft runs '
                                  'threads without a GIL; use ThreadPoolExecutor')
