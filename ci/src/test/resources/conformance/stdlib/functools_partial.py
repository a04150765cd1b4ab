from functools import partial, reduce, lru_cache
import functools
import operator

base2 = partial(int, base=2)
print(base2('1010'), base2.keywords, repr(base2))
p = partial(operator.sub, 10)
print(p(3), list(map(p, [1, 2])))
def kw(**k):
    return sorted(k.items())
print(partial(kw, a=1)(b=2), partial(kw, a=1)(a=3))
print(reduce(operator.add, range(5)), reduce(max, [3, 9, 2]), reduce(operator.mul, range(1, 6), 10))
calls = []
@lru_cache(maxsize=None)
def g(a, b=1):
    calls.append((a, b))
    return a + b
print(g(1), g(1), g(1, b=1), g(b=1, a=1), g.cache_info())
@lru_cache(maxsize=0)
def z(a):
    return a
print(z(1), z(1), z.cache_info())
print(functools.WRAPPER_ASSIGNMENTS)
