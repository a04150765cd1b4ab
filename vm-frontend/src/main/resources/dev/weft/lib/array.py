"""Typed arrays of numbers, as CPython's array module: each array keeps its items in a list,
already converted and range-checked for its typecode (with CPython's messages, which vary by
code), and goes through struct for tobytes and frombytes with the native item sizes."""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode: (itemsize, struct code for the native size, kind)
_CODES = {
    'b': (1, 'b', 'int'), 'B': (1, 'B', 'int'), 'u': (4, 'I', 'unicode'),
    'h': (2, 'h', 'int'), 'H': (2, 'H', 'int'), 'i': (4, 'i', 'int'), 'I': (4, 'I', 'int'),
    'l': (8, 'q', 'int'), 'L': (8, 'Q', 'int'), 'q': (8, 'q', 'int'), 'Q': (8, 'Q', 'int'),
    'f': (4, 'f', 'float'), 'd': (8, 'd', 'float'),
}

_LONG_MIN, _LONG_MAX, _ULONG_MAX = -2 ** 63, 2 ** 63 - 1, 2 ** 64 - 1


def _check_range(v, lo, hi, name):
    if v > hi:
        raise OverflowError(name + ' is greater than maximum')
    if v < lo:
        raise OverflowError(name + ' is less than minimum')


def _as_int(typecode, v):
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    v = int(v)
    if typecode in 'IL':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if typecode == 'I' and v > 2 ** 32 - 1:
            raise OverflowError('unsigned int is greater than maximum')
        return v
    if typecode == 'Q':
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > _ULONG_MAX:
            raise OverflowError('int too big to convert')
        return v
    if typecode == 'q':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError('int too big to convert')
        return v
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    if typecode == 'b':
        _check_range(v, -2 ** 15, 2 ** 15 - 1, 'signed short integer')
        _check_range(v, -128, 127, 'signed char')
    elif typecode == 'B':
        _check_range(v, 0, 255, 'unsigned byte integer')
    elif typecode == 'h':
        _check_range(v, -2 ** 15, 2 ** 15 - 1, 'signed short integer')
    elif typecode == 'H':
        _check_range(v, -2 ** 31, 2 ** 31 - 1, 'signed integer')
        _check_range(v, 0, 2 ** 16 - 1, 'unsigned short')
    elif typecode == 'i':
        _check_range(v, -2 ** 31, 2 ** 31 - 1, 'signed integer')
    return v


def _convert(typecode, v):
    kind = _CODES[typecode][2]
    if kind == 'int':
        return _as_int(typecode, v)
    if kind == 'float':
        if not isinstance(v, (int, float)):
            raise TypeError('must be real number, not %s' % type(v).__name__)
        v = float(v)
        if typecode == 'f':
            v = _struct.unpack('f', _struct.pack('f', v))[0]
        return v
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError('array item must be unicode character')
    return v


class array:
    """array(typecode[, initializer]): a sequence of numbers of one C type."""

    __hash__ = None

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in _CODES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._code = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r' % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer._code == 'u' and typecode != 'u':
            raise TypeError('cannot use a unicode array to initialize an array with typecode %r' % typecode)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _CODES[self._code][0]

    def _new(self, items):
        a = array(self._code)
        a._items = items
        return a

    # the list protocol -------------------------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = list(v._items)
            return
        v = _convert(self._code, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def append(self, v):
        self._items.append(_convert(self._code, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        self._items.extend([_convert(self._code, v) for v in iterable])

    fromlist = extend

    def insert(self, i, v):
        self._items.insert(i, _convert(self._code, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        if v not in self._items:
            raise ValueError('array.remove(x): x not in array')
        self._items.remove(v)

    def index(self, v, start=0, stop=None):
        items = self._items if stop is None else self._items[:stop]
        for k in range(start if start >= 0 else max(0, len(items) + start), len(items)):
            if items[k] == v:
                return k
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def buffer_info(self):
        return (0, len(self._items))

    # bytes and text ----------------------------------------------------------------------

    def _format(self, n):
        return '=%d%s' % (n, _CODES[self._code][1])

    def tobytes(self):
        items = self._items
        if self._code == 'u':
            items = [ord(c) for c in items]
        return _struct.pack(self._format(len(items)), *items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        items = list(_struct.unpack(self._format(len(data) // size), data))
        if self._code == 'u':
            items = [chr(c) for c in items]
        self._items.extend(items)

    def byteswap(self):
        size = self.itemsize
        data = self.tobytes()
        swapped = b''.join(data[k:k + size][::-1] for k in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    # operators ---------------------------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._code
        if self._code == 'u':
            return 'array(%r, %r)' % (self._code, ''.join(self._items))
        return 'array(%r, %r)' % (self._code, self._items)


ArrayType = array
