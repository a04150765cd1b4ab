# __call__ makes instances callable; __enter__/__exit__ drive with-statements, including exceptions.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x * self.k + sum(rest)) * scale
m = Multiplier(3)
print(m(2), m(2, 1, 1), m(1, scale=10), m.calls, callable(m), callable(Multiplier), callable(3))
print(list(map(m, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Resource('a') as value:
    print('inside', value)
with Resource('outer') as o, Resource('inner') as i:
    print('both', o, i)
try:
    with Resource('failing'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
with Resource('quiet', suppress=True):
    raise KeyError('hidden')
print('after suppressed')
def early():
    with Resource('ret'):
        return 'returned'
print(early())
for n in range(2):
    with Resource('loop%d' % n):
        if n == 0:
            continue
        print('body', n)
class Timer:
    def __enter__(self):
        self.log = ['start']
        return self
    def __exit__(self, *args):
        self.log.append('stop')
with Timer() as t:
    t.log.append('work')
print(t.log)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)
