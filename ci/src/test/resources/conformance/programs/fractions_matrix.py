# An exact rational-number class with the full operator set (reflected, in-place, comparisons,
# hashing consistent with int) used for Gaussian elimination and continued fractions.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError('Frac(%d, 0)' % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __repr__(self):
        return str(self.num) if self.den == 1 else '%d/%d' % (self.num, self.den)

    def __add__(self, o):
        if not isinstance(o, (int, Frac)):
            return NotImplemented
        o = Frac.of(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        if not isinstance(o, (int, Frac)):
            return NotImplemented
        o = Frac.of(o)
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Frac.of(o) / self

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __pow__(self, n):
        if n < 0:
            return Frac(self.den ** -n, self.num ** -n)
        return Frac(self.num ** n, self.den ** n)

    def __eq__(self, o):
        if isinstance(o, int):
            o = Frac(o)
        if not isinstance(o, Frac):
            return NotImplemented
        return self.num == o.num and self.den == o.den

    def __lt__(self, o):
        o = Frac.of(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __bool__(self):
        return self.num != 0

def solve(matrix, rhs):
    n = len(matrix)
    a = [[Frac.of(v) for v in row] + [Frac.of(b)] for row, b in zip(matrix, rhs)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if a[r][col]), None)
        if pivot is None:
            raise ValueError('singular matrix')
        a[col], a[pivot] = a[pivot], a[col]
        p = a[col][col]
        a[col] = [v / p for v in a[col]]
        for r in range(n):
            if r != col and a[r][col]:
                factor = a[r][col]
                a[r] = [v - factor * w for v, w in zip(a[r], a[col])]
    return [row[-1] for row in a]

def continued_fraction(f, terms=12):
    out = []
    while f.den != 1 and len(out) < terms:
        whole = f.num // f.den
        out.append(whole)
        f = 1 / (f - whole)
    out.append(f.num // f.den)
    return out

h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, -h, abs(-t), h ** 3, t ** -2, 1 + h, 1 - h, 2 * t, 1 / t)
print(h == Frac(2, 4), h != t, t < h, h <= h, Frac(4, 2) == 2, hash(Frac(4, 2)) == hash(2), float(t))
acc = Frac(0)
for k in range(1, 21):
    acc += Frac(1, k * (k + 1))
print('telescoping sum:', acc)
harmonic = sum((Frac(1, k) for k in range(1, 16)), Frac(0))
print('H15 =', harmonic, float(harmonic))
print(sorted([Frac(3, 7), Frac(1, 2), Frac(2, 5), Frac(-1, 3), Frac(5, 11)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(1, 3)}), bool(Frac(0)), bool(h))
hilbert = [[Frac(1, i + j + 1) for j in range(4)] for i in range(4)]
print(solve(hilbert, [1, 0, 0, 0]))
print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print('ValueError:', e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(continued_fraction(Frac(415, 93)), continued_fraction(Frac(103993, 33102)))
try:
    h + 'x'
except TypeError as e:
    print('TypeError:', e)
x = Frac(1)
for _ in range(8):
    x = (x + 2 / x) / 2
print('sqrt(2) approx', x, float(x))
