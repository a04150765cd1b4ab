# In-place operators: __iadd__ and friends mutate; without them a += b falls back to a = a + b.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __repr__(self):
        return 'Bag(%r)' % self.items
    def __add__(self, other):
        print('  __add__')
        return Bag(self.items + other.items)
    def __iadd__(self, other):
        print('  __iadd__')
        self.items.extend(other.items)
        return self
    def __isub__(self, other):
        print('  __isub__')
        self.items = [i for i in self.items if i not in other.items]
        return self
    def __imul__(self, k):
        print('  __imul__')
        self.items *= k
        return self
b = Bag([1])
alias = b
b += Bag([2, 3])
print(b, alias, b is alias)
b -= Bag([2])
print(b)
b *= 2
print(b, alias is b)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print('  OnlyAdd.__add__')
        return OnlyAdd(self.v + other)
o = OnlyAdd(1)
keep = o
o += 5
print(o.v, keep.v, o is keep)
class Bits:
    def __init__(self, v):
        self.v = v
    def __ior__(self, o):
        self.v |= o; return self
    def __iand__(self, o):
        self.v &= o; return self
    def __ixor__(self, o):
        self.v ^= o; return self
    def __ilshift__(self, o):
        self.v <<= o; return self
    def __irshift__(self, o):
        self.v >>= o; return self
    def __ifloordiv__(self, o):
        self.v //= o; return self
    def __itruediv__(self, o):
        self.v /= o; return self
    def __imod__(self, o):
        self.v %= o; return self
    def __ipow__(self, o):
        self.v **= o; return self
x = Bits(0b1010)
x |= 0b0101; print(x.v)
x &= 0b0110; print(x.v)
x ^= 0b0011; print(x.v)
x <<= 4; print(x.v)
x >>= 2; print(x.v)
x //= 3; print(x.v)
x **= 2; print(x.v)
x %= 7; print(x.v)
x /= 4; print(x.v)
class ReturnsOther:
    def __iadd__(self, other):
        return 'replaced'
r = ReturnsOther()
r += 1
print(r)
