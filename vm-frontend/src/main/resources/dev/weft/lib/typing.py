"""Type hints at run time: the names of CPython's typing module, light enough for weft.

Subscripting a special form (List[int], Optional[str], Callable[[int], str]) gives an alias
object that prints like CPython's and can be subscripted again; no type checking happens.
TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, overload, final and friends work as
they do at run time in CPython, without the introspection helpers that need a metaclass.
"""

import collections as _collections

__all__ = [
    'Any', 'AnyStr', 'Callable', 'ClassVar', 'Dict', 'Final', 'FrozenSet', 'Generic',
    'Iterable', 'Iterator', 'List', 'Literal', 'NamedTuple', 'NoReturn', 'Optional',
    'Protocol', 'Sequence', 'Set', 'Tuple', 'Type', 'TypeVar', 'TypedDict', 'Union',
    'TYPE_CHECKING', 'cast', 'final', 'get_args', 'get_origin', 'no_type_check', 'overload',
    'runtime_checkable',
]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class _Final:
    """Mixin for the special objects of this module: they cannot be subclassed."""


class _GenericAlias(_Final):
    """A subscripted type hint such as List[int]: remembers its origin and its arguments."""

    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __repr__(self):
        if not self.__args__:
            return f'typing.{self._name}[()]'
        return f'typing.{self._name}[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        if not callable(self.__origin__):
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self._name.lower()}() instead')
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm(_Final):
    """A bare special form such as Any, Union or List: subscripting it makes an alias."""

    def __init__(self, name, origin=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            if len(params) != 1:
                raise TypeError(f'typing.Optional requires a single type. Got {params!r}.')
            return Union[params[0], None]
        if self._name == 'Union':
            flat = []
            for p in params:
                if isinstance(p, _GenericAlias) and p._name == 'Union':
                    items = p.__args__
                else:
                    items = (type(None) if p is None else p,)
                for item in items:
                    if item not in flat:
                        flat.append(item)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                other = flat[0] if flat[1] is type(None) else flat[1]
                return _OptionalAlias(tuple(flat), other)
            return _GenericAlias(self, tuple(flat), 'Union')
        if self._nparams >= 0 and len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {many} arguments for typing.{self._name}; '
                            f'actual {len(params)}, expected {self._nparams}')
        return _GenericAlias(self.__origin__ if self.__origin__ is not None else self, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate typing.{self._name}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _OptionalAlias(_GenericAlias):
    """Union[X, None], printed as CPython prints it: typing.Optional[X]."""

    def __init__(self, args, inner):
        _GenericAlias.__init__(self, Union, args, 'Union')
        self._inner = inner

    def __repr__(self):
        return f'typing.Optional[{_type_repr(self._inner)}]'


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
ClassVar = _SpecialForm('ClassVar', None, 1)
Final = _SpecialForm('Final', None, 1)
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard', None, 1)

List = _SpecialForm('List', list, 1)
Dict = _SpecialForm('Dict', dict, 2)
Set = _SpecialForm('Set', set, 1)
FrozenSet = _SpecialForm('FrozenSet', frozenset, 1)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type, 1)
DefaultDict = _SpecialForm('DefaultDict', _collections.defaultdict, 2)
OrderedDict = _SpecialForm('OrderedDict', _collections.OrderedDict, 2)
Counter = _SpecialForm('Counter', _collections.Counter, 1)
Deque = _SpecialForm('Deque', _collections.deque, 1)
ChainMap = _SpecialForm('ChainMap', _collections.ChainMap, 2)
Callable = _SpecialForm('Callable', None)
Iterable = _SpecialForm('Iterable', None, 1)
Iterator = _SpecialForm('Iterator', None, 1)
Generator = _SpecialForm('Generator', None, 3)
Reversible = _SpecialForm('Reversible', None, 1)
Container = _SpecialForm('Container', None, 1)
Collection = _SpecialForm('Collection', None, 1)
Sequence = _SpecialForm('Sequence', None, 1)
MutableSequence = _SpecialForm('MutableSequence', None, 1)
Mapping = _SpecialForm('Mapping', None, 2)
MutableMapping = _SpecialForm('MutableMapping', None, 2)
AbstractSet = _SpecialForm('AbstractSet', None, 1)
MutableSet = _SpecialForm('MutableSet', None, 1)
KeysView = _SpecialForm('KeysView', None, 1)
ItemsView = _SpecialForm('ItemsView', None, 2)
ValuesView = _SpecialForm('ValuesView', None, 1)
Awaitable = _SpecialForm('Awaitable', None, 1)
Coroutine = _SpecialForm('Coroutine', None, 3)
AsyncIterable = _SpecialForm('AsyncIterable', None, 1)
AsyncIterator = _SpecialForm('AsyncIterator', None, 1)
ContextManager = _SpecialForm('ContextManager', None, 1)
Hashable = _SpecialForm('Hashable', None, 0)
Sized = _SpecialForm('Sized', None, 0)
SupportsInt = _SpecialForm('SupportsInt', None, 0)
SupportsFloat = _SpecialForm('SupportsFloat', None, 0)
SupportsIndex = _SpecialForm('SupportsIndex', None, 0)
SupportsAbs = _SpecialForm('SupportsAbs', None, 1)
SupportsRound = _SpecialForm('SupportsRound', None, 1)
Text = str


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'), with optional constraints or bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# CPython's AnyStr is constrained to (bytes, str); weft has no bytes
AnyStr = TypeVar('AnyStr', str, str)
AnyStr.__constraints__ = (str,)


class ParamSpec(_Final):
    """Parameter specification variable (recorded by name only)."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__


class Generic:
    """Base class for generic classes: class Box(Generic[T]) works, and Box[int] too."""

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params, cls.__qualname__)


class Protocol(Generic):
    """Base class for protocol classes (structural checks are not made at run time)."""


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (accepted; isinstance is not changed)."""
    return cls


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def overload(func):
    """Decorator for overloaded functions/methods: the undecorated definition must follow."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. '
            'A series of @overload-decorated functions '
            'outside a stub module should always be followed '
            'by an implementation that is not @overload-ed.')
    return _overload_dummy


def final(f):
    """A decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    return arg


def get_origin(tp):
    """Get the unsubscripted version of a type (None when it has none)."""
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return the annotations of an object (string annotations are not evaluated)."""
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            hints.update(getattr(klass, '__annotations__', None) or {})
        return hints
    return dict(getattr(obj, '__annotations__', None) or {})


def assert_never(arg):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def assert_type(val, typ):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def reveal_type(obj):
    """Reveal the inferred type of a variable (prints the runtime type to stderr)."""
    import sys
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def NewType(name, tp):
    """NewType creates simple unique types with almost zero runtime overhead."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple, in its functional form: NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    cls = _collections.namedtuple(typename, [name for name, _ in fields])
    cls.__annotations__ = dict(fields)
    return cls


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with typed keys, in its functional form: returns dict, as at run time."""
    return dict
