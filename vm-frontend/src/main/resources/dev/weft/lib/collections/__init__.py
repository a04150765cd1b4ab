"""Container datatypes: deque, defaultdict, OrderedDict, Counter, namedtuple and ChainMap.

Written for weft in plain Python, following CPython 3.11's documented behaviour, reprs and
error messages. Weft has no exec, so namedtuple builds its class with type() and closures;
it has no sys._getframe, so a namedtuple's __module__ is '__main__' unless module= is given.
"""

import sys as _sys

from ._chainmap import ChainMap
from ._namedtuple import namedtuple

ChainMap.__module__ = 'collections'

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']

# Objects whose repr is being made, to print '...' for a container that holds itself.
_repr_running = set()


def _index(value):
    """Converts value to an int index as operator.index does."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


################################################################################
### deque
################################################################################

class deque:
    """A double-ended queue: a ring buffer over a list, O(1) at both ends."""

    def __hash__(self):
        _unhashable(self, deque, 'collections.deque')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._size = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # -- the ring -------------------------------------------------------------------------

    def _grow(self):
        # called when the ring is full: unroll it from head, then double the room
        old = self._buf
        head = self._head
        self._buf = old[head:] + old[:head] + [None] * len(old)
        self._head = 0

    def _slot(self, i):
        return (self._head + i) % len(self._buf)

    def _normalize(self, index):
        i = _index(index)
        if i < 0:
            i += self._size
        if i < 0 or i >= self._size:
            raise IndexError('deque index out of range')
        return i

    def _push_right(self, x):
        if self._size == len(self._buf):
            self._grow()
        self._buf[(self._head + self._size) % len(self._buf)] = x
        self._size += 1

    def _push_left(self, x):
        if self._size == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._size += 1

    def _pop_right(self):
        self._size -= 1
        i = (self._head + self._size) % len(self._buf)
        x = self._buf[i]
        self._buf[i] = None
        return x

    def _pop_left(self):
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head = (self._head + 1) % len(self._buf)
        self._size -= 1
        return x

    # -- the public methods ---------------------------------------------------------------

    # the four end operations are written out in full: they are the hot path

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and self._size >= maxlen:
            if maxlen == 0:
                return
            self._pop_left()
        buf = self._buf
        if self._size == len(buf):
            self._grow()
            buf = self._buf
        buf[(self._head + self._size) % len(buf)] = x
        self._size += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and self._size >= maxlen:
            if maxlen == 0:
                return
            self._pop_right()
        buf = self._buf
        if self._size == len(buf):
            self._grow()
            buf = self._buf
        head = (self._head - 1) % len(buf)
        buf[head] = x
        self._head = head
        self._size += 1

    def pop(self):
        """Remove and return the rightmost element."""
        size = self._size - 1
        if size < 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        buf = self._buf
        i = (self._head + size) % len(buf)
        x = buf[i]
        buf[i] = None
        self._size = size
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if self._size == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        buf = self._buf
        head = self._head
        x = buf[head]
        buf[head] = None
        self._head = (head + 1) % len(buf)
        self._size -= 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._size = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        return self._new_like(self)

    __copy__ = copy

    def _new_like(self, iterable):
        if type(self) is deque:
            return deque(iterable, self._maxlen)
        return type(self)(iterable, self._maxlen)

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        state = self._state
        for i in range(self._size):
            if self._buf[self._slot(i)] == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value."""
        start = _index(start)
        stop = _index(stop)
        size = self._size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        for i in range(start, stop):
            if self._buf[self._slot(i)] == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value):
        """Insert value before index."""
        index = _index(index)
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        size = self._size
        if index < 0:
            index = max(index + size, 0)
        index = min(index, size)
        self.rotate(-index)
        self.appendleft(value)
        self.rotate(index)

    def remove(self, value):
        """Remove first occurrence of value."""
        for i in range(self._size):
            if self._buf[self._slot(i)] == value:
                del self[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._state += 1
        items = list(self)
        for i in range(self._size):
            self._buf[self._slot(i)] = items[self._size - 1 - i]

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _index(n)
        size = self._size
        if size <= 1:
            return
        self._state += 1
        n %= size
        if n == 0:
            return
        if n <= size // 2:
            for _ in range(n):
                self._push_left(self._pop_right())
        else:
            for _ in range(size - n):
                self._push_right(self._pop_left())

    # -- sequence protocol ----------------------------------------------------------------

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __iter__(self):
        state = self._state
        size = self._size
        for i in range(size):
            if state != self._state or size != self._size:
                raise RuntimeError('deque mutated during iteration')
            yield self._buf[self._slot(i)]
        if state != self._state or size != self._size:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        size = self._size
        for i in range(size - 1, -1, -1):
            if state != self._state or size != self._size:
                raise RuntimeError('deque mutated during iteration')
            yield self._buf[self._slot(i)]

    def __contains__(self, value):
        state = self._state
        for i in range(self._size):
            if self._buf[self._slot(i)] == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def _check_index_type(self, index):
        if isinstance(index, slice):
            raise TypeError("sequence index must be integer, not 'slice'")

    def __getitem__(self, index):
        self._check_index_type(index)
        return self._buf[self._slot(self._normalize(index))]

    def __setitem__(self, index, value):
        self._check_index_type(index)
        self._buf[self._slot(self._normalize(index))] = value

    def __delitem__(self, index):
        self._check_index_type(index)
        i = self._normalize(index)
        self.rotate(-i)
        self.popleft()
        self.rotate(i)

    # -- comparisons and arithmetic -------------------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        n = _index(n)
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        if n <= 0:
            self.clear()
            return self
        items = list(self)
        for _ in range(n - 1):
            self.extend(items)
        return self

    def __repr__(self):
        name = type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(list(self))
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return f'{name}({body})'
        return f'{name}({body}, maxlen={self._maxlen})'


deque.__module__ = 'collections'


################################################################################
### defaultdict
################################################################################

def _plain(arg):
    """A dict subclass as a plain dict: weft's dict.update reads a subclass as pairs."""
    return dict(arg) if isinstance(arg, dict) and type(arg) is not dict else arg


def _unhashable(self, builtin_type, name):
    shown = name if type(self) is builtin_type else type(self).__name__
    raise TypeError(f"unhashable type: '{shown}'")


class defaultdict(dict):
    """A dict that calls default_factory to supply a value for a missing key."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *[_plain(a) for a in args], **kwargs)

    def update(self, *args, **kwargs):
        """Update from a mapping or an iterable of pairs, then from keyword arguments."""
        dict.update(self, *[_plain(a) for a in args], **kwargs)

    def __hash__(self):
        _unhashable(self, defaultdict, 'collections.defaultdict')

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            factory = repr(self.default_factory)
            body = dict.__repr__(self)
        finally:
            _repr_running.discard(key)
        return f'{type(self).__name__}({factory}, {body})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    """A dict that remembers insertion order, can reorder keys, and compares in order."""

    def __init__(self, other=(), /, **kwds):
        dict.__init__(self)
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        """Update from a mapping or an iterable of pairs, then from keyword arguments."""
        if isinstance(other, dict) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary, LIFO or FIFO."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def __reversed__(self):
        return iter(list(dict.keys(self))[::-1])

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        _unhashable(self, OrderedDict, 'collections.OrderedDict')

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f'{name}()'
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            body = repr(list(dict.items(self)))
        finally:
            _repr_running.discard(key)
        return f'{name}({body})'

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### Counter
################################################################################

def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, 'keys') and hasattr(obj, '__getitem__'))


class Counter(dict):
    """Dict subclass for counting hashable items (a multiset)."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most common to the least."""
        ordered = sorted(self.items(), key=lambda item: item[1], reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, count in list(self.items()):
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f'{name}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{name}({d!r})'

    # -- multiset comparisons -------------------------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic --------------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

