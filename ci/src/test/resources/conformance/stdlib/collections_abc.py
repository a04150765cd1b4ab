# collections.abc: subclassing the ABCs gives their mixin methods and the abstract-method check
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence,
                             MutableSequence, Mapping, MutableMapping, Set, MutableSet, Collection,
                             Generator, Reversible)
import collections.abc


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), iter(c) is c, isinstance(c, Iterable), isinstance(c, Iterator))
attempt('Iterator', Iterator)
attempt('Sized', Sized)
attempt('Sequence', Sequence)
attempt('MutableMapping', MutableMapping)


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('out of range')
        return i * i


s = Squares(5)
print(list(s), len(s), 9 in s, 10 in s, list(reversed(s)), s.index(4), s.count(1), s[-1])
attempt('index missing', lambda: s.index(7))
print(isinstance(s, Sized), isinstance(s, Collection), isinstance(s, Reversible))


class MyList(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return f'MyList({self._items})'


m = MyList([3, 1])
m.append(4)
m.extend([1, 5])
m += [9]
print(m, m.pop(), m.pop(0), m)
m.remove(1)
m.reverse()
print(m, len(m), 4 in m)
m.clear()
print(m)


class Registry(MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry()
r['Alpha'] = 1
r.update({'BETA': 2}, gamma=3)
print(sorted(r.keys()), sorted(r.values()), sorted(r.items()), len(r))
print(r['ALPHA'], r.get('x', 'none'), 'beta' in r, 'zeta' in r, r.setdefault('Delta', 4), r.pop('alpha'))
attempt('pop missing', lambda: r.pop('nope'))
print(r.pop('nope', 'default'), r == {'beta': 2, 'gamma': 3, 'delta': 4}, 'beta' in r.keys())
print(('beta', 2) in r.items(), 3 in r.values(), len(r.keys()))
print(r.popitem(), len(r))
r.clear()
print(len(r), list(r))


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(dict(f), f.get('a'), list(f.keys()), list(f.values()), list(f.items()), f == {'a': 1, 'b': 2})
print(f.keys() & {'a', 'z'} == {'a'}, f.keys() == {'a', 'b'})


class IntSet(MutableSet):
    def __init__(self, items=()):
        self._s = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)

    def add(self, x):
        if x not in self._s:
            self._s.append(x)

    def discard(self, x):
        if x in self._s:
            self._s.remove(x)

    def __repr__(self):
        return f'IntSet({sorted(self._s)})'


a = IntSet([1, 2, 3])
b = IntSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, IntSet([2]) < a, a == IntSet([3, 2, 1]), a.isdisjoint([7]))
a |= [10]
a -= [1]
print(a, len(a))
a.remove(10)
attempt('remove missing', lambda: a.remove(99))
print(a.pop(), a)


class Adder(Callable):
    def __call__(self, x, y):
        return x + y


print(Adder()(2, 3))


class Key(Hashable):
    def __hash__(self):
        return 7


print(hash(Key()))


class Gen(Generator):
    def __init__(self):
        self.i = 0

    def send(self, value):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

    def throw(self, typ, val=None, tb=None):
        raise typ


g = Gen()
print(next(g), list(g))
g.close()
print(collections.abc.Sized.__name__, sorted(Sequence.__abstractmethods__), sorted(MutableSet.__abstractmethods__))
