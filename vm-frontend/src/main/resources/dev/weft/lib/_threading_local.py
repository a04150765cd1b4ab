"""threading.local: an object whose attributes each thread sets and sees on its own.

The object keeps one attribute dict per thread ident (in _LocalImpl); attribute access
goes to the calling thread's dict, data descriptors of the class (properties, slots) first,
as for any object. The first time a thread touches the object, the subclass's __init__ runs
again on the fresh dict with the constructor's arguments. A Thread drops its dicts when it
ends. There is no weakref in weft, so a local object dropped while threads still run keeps
its dicts until those threads end, and the dicts of the main thread and of dummy threads
last as long as the local. CPython's local is _thread._local, in C; this one is a plain
class, so an error message names it 'local'.
"""

from _thread import get_ident

__all__ = ['local']


class _LocalImpl:
    """The per-thread attribute dicts of one local object, by thread ident, and the
    arguments its __init__ is run with again in each new thread."""

    def __init__(self, args, kwargs):
        self.dicts = {}
        self.args = args
        self.kwargs = kwargs


def _custom_init(cls):
    """cls.__init__ when a class between cls and object defines one, else None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        if '__init__' in vars(klass):
            return klass.__init__
    return None


def _data_descriptor(cls, name):
    """Whether name is a data descriptor (a property, a slot) on cls, which takes precedence
    over the per-thread dict."""
    for klass in cls.__mro__:
        attrs = vars(klass)
        if name in attrs:
            kind = type(attrs[name])
            return hasattr(kind, '__set__') or hasattr(kind, '__delete__')
    return False


def _note_impl(impl, ident):
    """Tell the thread to drop its dict from impl when it ends (threads that never end, the
    main and dummy ones, need not know)."""
    thread = threading._active.get(ident)
    if thread is not None and not isinstance(thread, (threading._MainThread,
                                                      threading._DummyThread)):
        thread._local_impls.append(impl)


def _local_dict(self):
    impl = object.__getattribute__(self, '_local__impl')
    ident = get_ident()
    d = impl.dicts.get(ident)
    if d is not None:
        return d
    d = {}
    with threading._active_limbo_lock:
        impl.dicts[ident] = d
        _note_impl(impl, ident)
    init = _custom_init(type(self))
    if init is not None:
        try:
            init(self, *impl.args, **impl.kwargs)
        except BaseException:
            impl.dicts.pop(ident, None)
            raise
    return d


class local:
    """An object whose attributes are seen only by the thread that set them. A subclass's
    __init__ runs again, with the constructor's arguments, the first time each thread uses
    the object."""

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and _custom_init(cls) is None:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        impl = _LocalImpl(args, kwargs)
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread's dict; type() runs __init__ on it after __new__.
        ident = get_ident()
        impl.dicts[ident] = {}
        with threading._active_limbo_lock:
            _note_impl(impl, ident)
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d and not _data_descriptor(type(self), name):
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        d = _local_dict(self)
        if _data_descriptor(type(self), name):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        d = _local_dict(self)
        if _data_descriptor(type(self), name):
            object.__delattr__(self, name)
        elif name in d:
            del d[name]
        else:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))


# Imported last: threading imports this module at its end, and this module only needs
# threading's names when a local is used.
import threading
