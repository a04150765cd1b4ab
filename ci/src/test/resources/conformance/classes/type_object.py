# type and object: type(), type of types, type() with three arguments, object() and its methods.
print(type(1).__name__, type('').__name__, type(None).__name__, type(type).__name__, type(object).__name__)
print(type(int) is type, isinstance(int, type), isinstance(type, object), isinstance(object, type))
print(int.__mro__[-1] is object, object.__bases__, type.__bases__[0].__name__)
Point = type('Point', (), {'x': 0, 'describe': lambda self: 'Point at %d' % self.x})
p = Point()
p.x = 5
print(Point.__name__, p.describe(), type(p).__name__)
Base = type('Base', (object,), {'kind': 'base'})
Derived = type('Derived', (Base,), {'extra': True})
print(Derived.kind, Derived.extra, [c.__name__ for c in Derived.__mro__])
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print('AttributeError:', e)
class Plain:
    pass
print(Plain.__name__, type(Plain).__name__, Plain() == Plain(), isinstance(Plain(), object))
print(str(int), repr(str), str(Plain).endswith("Plain'>"), repr(type(None)))
print(type(print).__name__, type(len).__name__, type([].append).__name__)
print(type(1) == int, type(True) == int, type(True) is bool, type(3.0)(7), type('x')(5), type([])('ab'))
print(int.__name__, object.__name__, NotImplemented, Ellipsis, ...)
