# Rich comparisons: __eq__ __ne__ __lt__ __le__ __gt__ __ge__, reflection, NotImplemented, sorting.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.parts)
a, b, c = Version('1.2'), Version('1.10'), Version('1.2')
print(a == c, a != b, a < b, a <= c, b > a, b >= a, a > b, a == '1.2', a != '1.2')
print(sorted([Version('2.0'), Version('1.9.9'), Version('1.10'), Version('1.2')]))
print(max([a, b]), min([a, b]), a in [Version('1.2')], len({a, c}))
try:
    print(a < 5)
except TypeError as e:
    print('TypeError:', e)
log = []
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        log.append('%s.__eq__' % self.name)
        return NotImplemented
    def __lt__(self, other):
        log.append('%s.__lt__' % self.name)
        return NotImplemented
    def __gt__(self, other):
        log.append('%s.__gt__' % self.name)
        return True
x, y = Loud('x'), Loud('y')
print(x == y, log)
log.clear()
print(x < y, log)
log.clear()
print(x != y, log)
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
try:
    OnlyEq(1) < OnlyEq(2)
except TypeError as e:
    print('TypeError:', e)
class Sub(Version):
    def __eq__(self, other):
        return 'Sub eq'
print(Version('1') == Sub('1'), Sub('1') == Version('1'))
