"""Names for built-in types, SimpleNamespace, MappingProxyType, and UnionType (what `int | None` makes).

type.__or__ in weft imports this module to build a UnionType, so that `x: int | None` works in
annotations and `isinstance(v, int | str)` works as in CPython 3.11.
"""

__all__ = ['FunctionType', 'LambdaType', 'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType',
           'GeneratorType', 'ModuleType', 'NoneType', 'EllipsisType', 'NotImplementedType',
           'SimpleNamespace', 'MappingProxyType', 'UnionType']


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
GeneratorType = type(_g())
ModuleType = type(__import__('sys'))
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _f, _g, _C


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


class MappingProxyType:
    """A read-only view of a mapping."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


def _union_args(x):
    if isinstance(x, UnionType):
        return x.__args__
    return (NoneType if x is None else x,)


def _union(left, right):
    """left | right (what type.__or__ calls): a UnionType, or the one type when both sides are the same."""
    args = []
    for a in _union_args(left) + _union_args(right):
        if a not in args:
            args.append(a)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class UnionType:
    """X | Y for types: usable in annotations, isinstance() and issubclass()."""

    def __init__(self, args):
        self.__args__ = args

    def __or__(self, other):
        if other is None or isinstance(other, (type, UnionType)):
            return _union(self, other)
        return NotImplemented

    def __ror__(self, other):
        if other is None or isinstance(other, (type, UnionType)):
            return _union(other, self)
        return NotImplemented

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __repr__(self):
        parts = []
        for a in self.__args__:
            if a is NoneType:
                parts.append('None')
            elif isinstance(a, type):
                parts.append(a.__qualname__ if a.__module__ == 'builtins' else '%s.%s' % (a.__module__, a.__qualname__))
            else:
                parts.append(repr(a))
        return ' | '.join(parts)
