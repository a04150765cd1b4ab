# Multiple inheritance: C3 linearization, diamond, cooperative super(), and MRO conflicts.
class A:
    def who(self):
        return 'A'
    def chain(self):
        return ['A']
class B(A):
    def who(self):
        return 'B'
    def chain(self):
        return ['B'] + super().chain()
class C(A):
    def who(self):
        return 'C'
    def chain(self):
        return ['C'] + super().chain()
class D(B, C):
    def chain(self):
        return ['D'] + super().chain()
print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who(), E().chain())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
print([k.__name__ for k in M.mro()])
try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print('TypeError:', e)
class Logger:
    def __init__(self, **kw):
        self.log = ['Logger']
        super().__init__(**kw)
class Store:
    def __init__(self, **kw):
        self.items = kw.pop('items', [])
        super().__init__(**kw)
class Service(Logger, Store):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append('Service')
s = Service(items=[1, 2])
print(s.log, s.items, [k.__name__ for k in Service.__mro__])
class Mixin:
    def greet(self):
        return 'mixin greets ' + self.name
class Named:
    def __init__(self, name):
        self.name = name
class Both(Mixin, Named):
    pass
print(Both('zed').greet(), isinstance(Both('q'), Mixin), issubclass(Both, Named))
