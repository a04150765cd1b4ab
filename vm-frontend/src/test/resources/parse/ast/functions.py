def f():
    pass

def f(a):
    return a

def f(a, b=1):
    return

def f(a, b=1, *args, c, d=2, **kwargs):
    return a, b

def f(a, /):
    pass

def f(a, b=1, /, c=2):
    pass

def f(a, /, b, *, c):
    pass

def f(*, a, b=1):
    pass

def f(*args):
    pass

def f(**kwargs):
    pass

def f(*args, **kwargs,):
    pass

def f(a: int, b: str = 'x', *args: tuple, c: 'C' = None, **kw: dict) -> None:
    pass

def f(*args: *Ts):
    pass

def f(a,):
    pass

def f(
    a,
    b,
):
    pass

def f(): return 1

def f(): x = 1; return x

def g():
    yield
    yield 1
    yield 1, 2
    yield from x
    x = yield
    x = yield 1
    y = yield from z
    await_ = (yield)
    return (yield)

def outer():
    def inner():
        nonlocal x
        global y
        return x
    x = 1
    return inner

@decorator
def f():
    pass

@a.b.c
@d(e)
@f[g]
@(lambda f: f)
@x := y
def f():
    pass

@decorator
class C:
    pass

def f(a, b, /, c, d, *, e, f):
    pass

def f(a=1, /, b=2, *, c, d=3):
    pass

lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
lambda: (yield)
