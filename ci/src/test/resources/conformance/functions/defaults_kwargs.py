# Parameters: defaults, *args, **kwargs, keyword-only, positional-only, and call-site unpacking.
def f(a, b=2, *args, c, d=4, **kwargs):
    return 'a=%r b=%r args=%r c=%r d=%r kwargs=%r' % (a, b, args, c, d, kwargs)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{'c': 'C', 'z': 'Z'}))
print(f(c=1, a=0))
def g(x, y, /, z, *, w):
    return x, y, z, w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
def h(*args, **kwargs):
    return args, kwargs
print(h(), h(1), h(k=1), h(1, 2, *(3, 4), *[5], k=1, **{'j': 2}, **{'m': 3}))
def defaults(x=[], y={}):
    x.append(len(x))
    return x
print(defaults(), defaults(), defaults([9]), defaults())
def safe(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(safe(), safe())
counter = 10
def late(v=counter):
    return v
counter = 20
print(late())
print(f.__name__, f.__defaults__, f.__kwdefaults__, g.__code__.co_argcount if False else '-')
def varsum(*nums, start=0):
    total = start
    for n in nums:
        total += n
    return total
print(varsum(), varsum(1, 2, 3), varsum(*range(10), start=100))
def describe(name, **info):
    parts = ['%s=%s' % (k, info[k]) for k in info]
    return name + '(' + ', '.join(parts) + ')'
print(describe('cfg', host='x', port=80, debug=True))
