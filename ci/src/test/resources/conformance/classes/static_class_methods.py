# staticmethod and classmethod: alternative constructors, called on classes, instances, subclasses.
class Temperature:
    unit = 'C'
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe_class(cls):
        return cls.__name__ + ' in ' + cls.unit
    @staticmethod
    def is_freezing(c):
        return c <= 0
    def __repr__(self):
        return '%s(%.1f)' % (type(self).__name__, self.degrees)
class Kelvin(Temperature):
    unit = 'K'
t = Temperature.from_fahrenheit(212)
k = Kelvin.from_fahrenheit(32)
print(t, k, type(k).__name__)
print(Temperature.describe_class(), Kelvin.describe_class(), k.describe_class())
print(Temperature.is_freezing(-1), t.is_freezing(5), Kelvin.is_freezing(0))
sm = Temperature.__dict__['is_freezing']
cm = Temperature.__dict__['from_fahrenheit']
print(type(sm).__name__, type(cm).__name__, callable(Temperature.is_freezing))
class Registry:
    _items = []
    @classmethod
    def add(cls, item):
        cls._items.append(item)
        return len(cls._items)
    @staticmethod
    def helper(x, y=2):
        return x * y
print(Registry.add('a'), Registry.add('b'), Registry._items, Registry.helper(4), Registry().helper(3, 3))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def distance(p, q):
        return ((p.x - q.x) ** 2 + (p.y - q.y) ** 2) ** 0.5
print(Point.distance(Point.origin(), Point(3, 4)))
