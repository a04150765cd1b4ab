# Arithmetic special methods, reflected forms (__radd__...), in-place forms, __neg__ / __abs__ / __pos__.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return Vec(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    __hash__ = None
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b))
print(a + b == Vec(4, 6), a == b, a != b)
try:
    a + 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 - a
except TypeError as e:
    print('TypeError:', e)
try:
    a * 'x'
except TypeError as e:
    print('TypeError:', e)
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Num(%r)' % self.v
    def __radd__(self, o):
        return Num(o + self.v)
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __rfloordiv__(self, o):
        return Num(o // self.v)
    def __rmod__(self, o):
        return Num(o % self.v)
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __rlshift__(self, o):
        return Num(o << self.v)
    def __rand__(self, o):
        return Num(o & self.v)
    def __ror__(self, o):
        return Num(o | self.v)
    def __rxor__(self, o):
        return Num(o ^ self.v)
n = Num(3)
print(10 + n, 10 - n, 10 / n, 10 // n, 10 % n, 2 ** n, 1 << n, 6 & n, 4 | n, 5 ^ n)
print(sum([Num(1), Num(2)], 0) if False else sum([1, 2], 0) + n)
