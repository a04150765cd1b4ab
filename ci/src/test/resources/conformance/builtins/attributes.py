# getattr, setattr, hasattr, delattr and dir-free attribute introspection.
class Config:
    debug = False
    def __init__(self):
        self.name = 'app'
c = Config()
print(getattr(c, 'name'), getattr(c, 'debug'), getattr(c, 'missing', 'fallback'), getattr(Config, 'debug'))
setattr(c, 'port', 8080)
setattr(c, 'name', 'renamed')
print(c.port, c.name, hasattr(c, 'port'), hasattr(c, 'nope'), hasattr(Config, 'port'))
delattr(c, 'port')
print(hasattr(c, 'port'), sorted(vars(c)))
try:
    getattr(c, 'absent')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(c, 'absent')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(c, 5)
except TypeError as e:
    print('TypeError:', e)
for field, value in [('a', 1), ('b', [2]), ('c', 'three')]:
    setattr(c, field, value)
print([getattr(c, f) for f in 'abc'])
method = getattr('hello', 'upper')
print(method(), getattr([3, 1, 2], 'index')(2), getattr(str, 'lower')('ABC'))
print(hasattr(1, 'real'), hasattr('', 'nope'), getattr(1, 'imag'), hasattr(len, '__call__'))
setattr(Config, 'added', classmethod(lambda cls: cls.__name__))
print(Config.added(), c.added())
class Dynamic:
    pass
for i in range(3):
    setattr(Dynamic, 'get%d' % i, lambda self, i=i: i * 100)
d = Dynamic()
print(d.get0(), d.get1(), d.get2())
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print('AttributeError:', e)
