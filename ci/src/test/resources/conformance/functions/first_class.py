# Functions as values: passing, returning, storing, attributes, bound methods and their identity.
def apply(fn, *args):
    return fn(*args)
def twice(fn):
    return lambda x: fn(fn(x))
print(apply(max, 3, 9, 2), apply(str.upper, 'x'), twice(lambda v: v * 3)(2))
handlers = [len, str.lower, sorted, abs]
for h in handlers:
    print(h.__name__, h('AbC') if h is not abs else h(-3))
def describe():
    """Docstring here."""
    return 1
describe.custom = 'attribute'
print(describe.__name__, describe.__doc__, describe.custom, describe.__qualname__)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
m = c.inc
print(m(), m(5), c.n, m.__self__ is c, m.__func__ is Counter.inc, m.__name__)
print(Counter.inc(c, 10), c.n, c.inc == c.inc, c.inc is c.inc)
fns = {'double': lambda x: 2 * x, 'neg': lambda x: -x}
print({k: f(7) for k, f in fns.items()})
def outer():
    def inner():
        return 'inner'
    return inner
print(outer()(), outer().__qualname__)
print(type(apply).__name__, type(c.inc).__name__, type(len).__name__, type(lambda: 0).__name__)
pipeline = [str.strip, str.lower, lambda s: s.replace(' ', '_')]
value = '  Hello World  '
for step in pipeline:
    value = step(value)
print(value)
