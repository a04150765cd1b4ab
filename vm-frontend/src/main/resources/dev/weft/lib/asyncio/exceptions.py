"""The exceptions of asyncio (TimeoutError is the builtin one, as in CPython 3.11)."""

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in the Future's state."""
