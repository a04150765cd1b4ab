"""Abstract base classes without a metaclass.

Weft cannot subclass type, so ABCMeta is not a real metaclass: ABC is a plain class whose
__init_subclass__ records __abstractmethods__ and whose __new__ refuses to instantiate a class
that still has abstract methods, with CPython 3.11's TypeError. `metaclass=ABCMeta` works too:
ABCMeta is a callable that builds the class with ABC added to its bases. What a metaclass
alone could do is missing: register() records the class but isinstance() and issubclass()
do not consult it, and nothing customises isinstance() (no __instancecheck__ or
__subclasshook__ through a metaclass).
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """An abstract classmethod (deprecated: use classmethod(abstractmethod))."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """An abstract staticmethod (deprecated: use staticmethod(abstractmethod))."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """An abstract property (deprecated: use property(abstractmethod))."""
    for f in (fget, fset, fdel):
        if f is not None:
            f.__isabstractmethod__ = True
    if fget is None:
        fget = abstractmethod(lambda self: None)
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    """Whether a class attribute counts as abstract, as __isabstractmethod__ says in CPython."""
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False) for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False) is True
    try:
        return getattr(value, '__isabstractmethod__', False) is True
    except Exception:
        return False


def _class_dict(klass):
    # weft's built-in types have no __dict__; they define no abstract methods anyway
    return getattr(klass, '__dict__', None) or {}


def _lookup(cls, name):
    for klass in cls.__mro__:
        d = _class_dict(klass)
        if name in d:
            return d[name]
    return None


def _compute_abstracts(cls):
    names = set()
    for klass in cls.__mro__:
        for name in list(_class_dict(klass)):
            if name not in names and _is_abstract(_lookup(cls, name)):
                names.add(name)
    return frozenset(names)


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if isinstance(cls, type) and issubclass(cls, ABC):
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


_registry = {}


class ABC:
    """Helper class that provides a standard way to create an ABC using inheritance."""

    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, **kwargs):
        cls.__abstractmethods__ = _compute_abstracts(cls)

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError(f'{cls.__name__}() takes no arguments')
        abstracts = cls.__dict__.get('__abstractmethods__')
        if abstracts is None:
            abstracts = _compute_abstracts(cls)
        if abstracts:
            names = ', '.join(sorted(abstracts))
            s = 's' if len(abstracts) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{s} {names}")
        return super().__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of an ABC (recorded only: isinstance ignores it)."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        _registry.setdefault(cls, []).append(subclass)
        return subclass


def ABCMeta(name, bases, namespace, **kwargs):
    """Builds a class with ABC among its bases: what `metaclass=ABCMeta` can mean in weft."""
    if not any(issubclass(b, ABC) for b in bases):
        bases = bases + (ABC,)
    return type(name, bases, dict(namespace), **kwargs)


def get_cache_token():
    """Returns the current ABC cache token (always 0: weft keeps no ABC caches)."""
    return 0
