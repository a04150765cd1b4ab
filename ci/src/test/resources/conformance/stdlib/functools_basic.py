import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
print(reduce(lambda a, b: a + b, ['x'], 'y'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)

def f(a, b, c=0):
    return (a, b, c)

p = partial(f, 1, c=3)
print(p(2), p.func is f, p.args, p.keywords, p(2, c=9))
p2 = partial(p, 5)
print(p2(), p2.args, p2.func is f)
print(repr(partial(max, 1, key=abs)))
try:
    partial(1)
except TypeError as e:
    print(type(e).__name__, e)

@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x

print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
sq.cache_clear()
print(sq.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info(), fib.__name__)

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)

print(fact(10), fact.cache_info())

@lru_cache(typed=True)
def t(x):
    return type(x).__name__

print(t(1), t(1.0), t.cache_info().currsize)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

@deco
def hello(x):
    """Doc of hello."""
    return x

print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(3))

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2))
try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print(type(e).__name__, e)

def cmp(a, b):
    return (a > b) - (a < b)

print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted('bca', key=cmp_to_key(lambda a, b: cmp(b, a))))
