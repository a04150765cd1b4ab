# Keys: equal numbers are one key, tuples as keys, unhashable keys rejected, user classes as keys.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d[(1, 2)] = 'tuple'
d[frozenset({1, 2})] = 'frozen'
print(d[(1, 2)], d[frozenset({2, 1})], len(d))
for bad in ([1], {1: 2}, {1}):
    try:
        d[bad] = 'x'
    except TypeError as e:
        print('TypeError:', e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)
visits = {}
for p in [Point(0, 0), Point(1, 2), Point(0, 0), Point(1, 2), Point(3, 3)]:
    visits[p] = visits.get(p, 0) + 1
print(visits)
print(Point(1, 2) in visits, Point(9, 9) in visits)
class Ident:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Ident(%s)' % self.name
a, b = Ident('a'), Ident('a')
dd = {a: 1, b: 2}
print(len(dd), dd[a], dd[b])
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90), len(memo), list(memo)[:5])
