# Subclasses of the built-in value types: str, int, float, list, dict, tuple, set, frozenset.
# Built-in methods and operators work on the held value; results are of the base type.
class S(str):
    pass
s = S('abc')
print(s, repr(s), s.upper(), s[1], s * 2, 'x' + s, s + 'x', len(s), 'b' in s, list(s), type(s).__name__)
print(s == 'abc', 'abc' == s, hash(s) == hash('abc'), {s: 1}['abc'], {'abc': 2}[s], sorted([S('b'), 'a', S('c')]))
print('-'.join([S('a'), S('b')]), 'abcd'.startswith(S('ab')), f'{s:>5}|', '%s!' % s, str(s), type(str(s)).__name__)
class I(int):
    def double(self):
        return self * 2
i = I(21)
print(i, repr(i), i + 1, 1 + i, i.double(), -i, abs(I(-3)), i // 4, i % 4, divmod(i, 4), i ** 2, i << 1, i & 7, int(i), float(i), hex(i), type(i + 1).__name__)
print(i == 21, i < 30, bool(I(0)), bool(i), range(I(3)), [0, 1, 2, 3][I(2)], '%d' % i, f'{i:05d}', round(i), hash(i) == hash(21))
print(I('ff', 16), I(), I(3.9))
class F(float):
    pass
f = F(2.5)
print(f, f * 2, 2 * f, f.is_integer(), int(f), round(f), F('1e3'), f > 2, -f)
class L(list):
    def top(self):
        return self[-1]
l = L([3, 1, 2])
l.append(5)
l += [7]
print(l, type(l).__name__, l.top(), len(l), l[1:3], type(l[1:3]).__name__, l + [0], [0] + l, l * 2, 5 in l, sorted(l), sum(l), max(l))
l.sort()
l[0] = 100
del l[1]
print(l, l == [100, 3, 5, 7], list(reversed(l)), bool(L()), L() == [], l.index(5), l.count(7), l.pop(), l)
a, *b = l
print(a, b, [x * 2 for x in l], dict.fromkeys(l), set(L([1, 1, 2])))
class D(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = D(a=1)
d['bb']
print(d, d['ccc'], len(d), sorted(d), list(d.items()), d.get('zz', 0), 'a' in d, type(d).__name__, dict(d), {**d})
d.update(x=5)
d |= {'y': 6}
print(d, type(d).__name__, d.pop('a'), d == {'bb': 2, 'ccc': 3, 'x': 5, 'y': 6})
class Cnt(dict):
    def __init__(self, items):
        super().__init__()
        for it in items:
            self[it] = self.get(it, 0) + 1
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
c = Cnt('aba')
print(c, c['a'])
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def total(self):
        return self[0] + self[1]
t = T(1, 2)
x, y = t
print(t, t.total(), x, y, t + (3,), t == (1, 2), hash(t) == hash((1, 2)), len(t), t[::-1], isinstance(t, tuple), T.__mro__)
class St(set):
    pass
st = St([1, 2, 3])
st.add(4)
st |= {5}
print(sorted(st), type(st).__name__, 3 in st, st & {1, 2, 9}, len(st), st == {1, 2, 3, 4, 5})
class FS(frozenset):
    pass
fs = FS([1, 2])
print(sorted(fs), hash(fs) == hash(frozenset([1, 2])), fs | {3})
class Named(str):
    def __new__(cls, value, label):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj
    def __repr__(self):
        return f'Named({str.__repr__(self)}, {self.label!r})'
n = Named('v', 'lab')
print(n, repr(n), [n], n.label, n.__dict__, str(n))
class Sub(L):
    pass
print(Sub([1]), isinstance(Sub(), list), issubclass(Sub, L), Sub.__mro__)
try:
    hash(l)
except TypeError as e:
    print(e)
try:
    class Bad(list, dict):
        pass
except TypeError as e:
    print(e)
try:
    class Bad2(int, Exception):
        pass
except TypeError as e:
    print(e)
try:
    class Bad3(bool):
        pass
except TypeError as e:
    print(e)
print(int.__new__(I, 5), type(int.__new__(I, 5)).__name__, str.__new__(str, 'q'))
try:
    int.__new__(S, 1)
except TypeError as e:
    print(e)
class E(list):
    def __eq__(self, other):
        return 'eq'
print(E() == [], E.__hash__)
class Neg(int):
    def __neg__(self):
        return 'neg'
    def __add__(self, o):
        return 'add'
print(-Neg(1), Neg(1) + 1, 1 + Neg(1))
