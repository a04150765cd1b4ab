import os.path
import a.b.c as d
from m import x as y, z
g = 1

def outer(p, *args, q=1, **kw):
    a = 1
    b = 2
    def inner():
        nonlocal a
        a = 3
        return b + p
    def reads():
        return a, g, unknown
    def deep():
        def deeper():
            return q
        return deeper
    return inner

def uses_global():
    global g, fresh
    g = 2
    fresh = 3

def shadow():
    g = 4
    return g

class C(Base):
    attr = 1
    __private = 2

    def method(self):
        return attr, self.__private, __class__

    def sup(self):
        return super().sup()

    def __dunder__(self):
        __local = 1
        return __local

    class Nested:
        def m(self):
            return __class__

    items = [attr for _ in range(3)]
    lam = lambda: attr

class D:
    x = 1
    def f(self):
        x = 2
        class E:
            y = x
            def g(self):
                return x
        return E

def comps(seq):
    a = [i for i in seq]
    b = {k: v for k, v in seq if k}
    c = {i for i in seq for j in i}
    d = (i for i in seq)
    e = [[j for j in i] for i in seq]
    f = [(w := i) for i in seq]
    return w

[v := 1 for _ in range(2)]
total = [last := n for n in range(3)]

def walrus_global():
    global gw
    [gw := i for i in range(2)]

def lambdas(x=lambda: 0):
    f = lambda a, b=g: a + b + x
    return f

def handlers():
    try:
        pass
    except Exception as err:
        return err
    with open('f') as (fh, other):
        pass
    for i, (j, k) in []:
        del i
    x: int = 1
    y: str
    (z): int = 2
    ann.attr: int = 3
    import sys as system
    from . import rel

def gen():
    yield
    x = yield from gen()

async def coro():
    await coro()
    async for i in coro():
        pass
    async with coro() as cm:
        pass
    return [i async for i in coro()]

def free_in_comp():
    n = 1
    return [n for _ in range(3)]

def class_in_func():
    v = 1
    class K:
        v = v
        def m(self):
            return v
    return K

def deleted():
    x = 1
    def inner():
        return x
    del x
    return inner

def params(a, b, /, c, *, d, **e):
    return locals()

class WithSuperInComp:
    def m(self):
        return [super() for _ in range(1)]

def _private_outside():
    __x = 1
    return __x

class ___:
    __y = 1

class _U:
    __z = 1
    def __m(self):
        return self.__z
