"""Higher-order functions and operations on callables."""

from collections import namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        source = getattr(wrapped, attr, {})
        try:
            target = getattr(wrapper, attr)
        except AttributeError:
            for k, v in source.items():
                setattr(wrapper, k, v)
        else:
            target.update(source)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return 'functools.partial(%s)' % ', '.join(parts)


CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_kwd_mark = object()


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]
    sentinel = object()

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        result = cache.get(key, sentinel)
        if result is not sentinel:
            stats[0] += 1
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None:
            cache[key] = result
        elif maxsize > 0:
            if key not in cache and len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def cache_info():
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def _from_lt(name):
    def gt(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other

    def le(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return r or self == other

    def ge(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return not r
    return {'__gt__': gt, '__le__': le, '__ge__': ge}[name]


def _from_le(name):
    def ge(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return not r or self == other

    def lt(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return r and self != other

    def gt(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return not r
    return {'__ge__': ge, '__lt__': lt, '__gt__': gt}[name]


def _from_gt(name):
    def lt(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other

    def ge(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return r or self == other

    def le(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return not r
    return {'__lt__': lt, '__ge__': ge, '__le__': le}[name]


def _from_ge(name):
    def le(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return (not r) or self == other

    def gt(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return r and self != other

    def lt(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return not r
    return {'__le__': le, '__gt__': gt, '__lt__': lt}[name]


_convert = {
    '__lt__': _from_lt,
    '__le__': _from_le,
    '__gt__': _from_gt,
    '__ge__': _from_ge,
}


def total_ordering(cls):
    roots = {op for op in _convert
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    maker = _convert[root]
    for opname in ('__lt__', '__le__', '__gt__', '__ge__'):
        if opname != root and opname not in roots:
            setattr(cls, opname, maker(opname))
    return cls
