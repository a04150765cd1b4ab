# The iterator protocol: __iter__ / __next__, StopIteration, iter() on iterators, for loops and builtins.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, 'done'))
print(iter(c) is c, list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i
r = Range2(4)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True), [x for x in r if x > 2])
for a, b in zip(r, Countdown(10)):
    print(a, b)
print(dict(zip(Range2(3), 'abc')), tuple(enumerate(Range2(2))), 9 in r, 10 in r)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError:', e)
try:
    for x in 5:
        pass
except TypeError as e:
    print('TypeError:', e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        self.a, self.b = self.b, self.a + self.b
        return self.a
f = Fib()
print([next(f) for _ in range(12)])
for x in f:
    if x > 1000:
        print('first over 1000:', x)
        break
