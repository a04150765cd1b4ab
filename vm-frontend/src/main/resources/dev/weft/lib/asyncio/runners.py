"""asyncio.run: a new loop for one coroutine, and the clean-up after it."""

from . import events
from .coroutines import iscoroutine
from .tasks import gather


def run(main, *, debug=None):
    """Runs coroutine main in a new event loop and answers its result. At the end the Tasks
    still pending are cancelled and allowed to finish, and the loop runs its two shut-down
    steps (as Tasks, like CPython's, so later Tasks get the same default names) and closes."""
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    loop = events.new_event_loop()
    events.set_event_loop(loop)
    try:
        if not iscoroutine(main):
            raise ValueError('a coroutine was expected, got ' + repr(main))
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            events.set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = [t for t in loop._tasks if not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
