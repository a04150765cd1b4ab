def plain(a, b):
    return a + b

def gen():
    yield 1

def gen_from():
    yield from range(3)

def star(*args):
    pass

def kw(**kwargs):
    pass

def both(a, *args, b, **kwargs):
    pass

async def coro():
    await x

async def agen():
    yield 1

def outer():
    def inner(*a):
        yield a
    return inner

lam = lambda *a, **k: 0
lam_gen = lambda: (yield)
comp = [x for x in range(3)]
genexp = (x for x in range(3))
setc = {x for x in range(3)}
dictc = {x: x for x in range(3)}

async def acomp():
    return [x async for x in y]

class C:
    def m(self):
        return __class__
