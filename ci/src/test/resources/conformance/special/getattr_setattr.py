# __getattr__ (only for missing attributes), __setattr__ (every assignment), __delattr__.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, '_fields', dict(fields))
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        if name in self._fields:
            return self._fields[name]
        raise AttributeError('Record has no field %r' % name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        self._fields[name] = value
    def __delattr__(self, name):
        self.log.append('del ' + name)
        del self._fields[name]
r = Record(a=1, b=2)
print(r.a, r.b, r._fields)
r.c = 3
r.a = 10
print(r.a, r.c, r.log)
del r.b
print(r._fields, r.log, hasattr(r, 'b'), getattr(r, 'b', 'missing'))
try:
    r.zzz
except AttributeError as e:
    print('AttributeError:', e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print('  forwarding', name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1))
class Frozen:
    def __init__(self, x):
        super().__setattr__('x', x)
    def __setattr__(self, name, value):
        raise AttributeError('Frozen is read-only: ' + name)
f = Frozen(5)
print(f.x)
try:
    f.x = 6
except AttributeError as e:
    print('AttributeError:', e)
class Defaults:
    known = 'class attr'
    def __getattr__(self, name):
        return 'default for ' + name
d = Defaults()
d.own = 'instance attr'
print(d.known, d.own, d.anything, getattr(d, 'other'))
class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError('%s must be int, not %s' % (name, type(value).__name__))
        super().__setattr__(name, value * 2)
v = Validated()
v.n = 21
print(v.n, vars(v))
try:
    v.s = 'x'
except TypeError as e:
    print('TypeError:', e)
