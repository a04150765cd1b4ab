# __new__ vs __init__: singletons, immutable subclasses, caching instances, __init__ skipped.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print('__init__', value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper('hello')
print(u, len(u), isinstance(u, str), type(u).__name__, u + '!', u.lower())
class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Positive(-5)
print(p, p + 1, type(p).__name__, isinstance(p, int))
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('never runs')
w = Weird()
print(type(w).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return 'Point%s' % (tuple.__repr__(self),)
pt = Point(3, 4)
print(pt, pt.x, pt[1], len(pt), pt == (3, 4))
class Counted:
    made = 0
    def __new__(cls):
        Counted.made += 1
        return object.__new__(cls)
Counted(); Counted()
print(Counted.made)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml[:2]).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return 'no ' + key
md = MyDict(a=1)
print(md['a'], md['b'], md.get('b'))
