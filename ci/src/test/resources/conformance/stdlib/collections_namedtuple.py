# collections.namedtuple: tuple subclasses with named fields
from collections import namedtuple


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6), Point._fields, Point._field_defaults)
print(p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
x, y = p
print(x + y, p + (3,), p * 2, p[:1], sorted([Point(2, 1), Point(1, 5)]))
print(p._asdict(), p._replace(y=20), Point._make([7, 8]), Point._make(range(2)))
print(Point.__name__, Point.__doc__, Point.x.__doc__, type(p).__name__)
attempt('set attr', lambda: setattr(p, 'x', 5))
attempt('del attr', lambda: delattr(p, 'x'))
attempt('missing 1', lambda: Point(1))
attempt('missing 2', lambda: Point())
attempt('too many', lambda: Point(1, 2, 3))
attempt('bad kw', lambda: Point(1, z=2))
attempt('dup kw', lambda: Point(1, x=2))
attempt('_make short', lambda: Point._make([1]))
attempt('_replace bad', lambda: p._replace(z=1))

Color = namedtuple('Color', 'red green blue')
Pair = namedtuple('Pair', 'left, right')
print(Color(1, 2, 3), Pair('a', 'b'), Color._fields, Pair._fields)
Opt = namedtuple('Opt', 'a b c', defaults=[10, 20])
print(Opt(1), Opt(1, 2), Opt(1, 2, 3), Opt._field_defaults)
attempt('defaults too many', lambda: Opt())
attempt('too many with defaults', lambda: Opt(1, 2, 3, 4))
attempt('more defaults', lambda: namedtuple('T', 'a', defaults=[1, 2]))
Renamed = namedtuple('Renamed', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(Renamed._fields)
attempt('keyword field', lambda: namedtuple('T', 'a class'))
attempt('bad identifier', lambda: namedtuple('T', 'a 1b'))
attempt('underscore', lambda: namedtuple('T', 'a _b'))
attempt('duplicate', lambda: namedtuple('T', 'a b a'))
attempt('bad typename', lambda: namedtuple('my type', 'a'))
attempt('keyword typename', lambda: namedtuple('def', 'a'))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
One = namedtuple('One', 'only')
print(One(1), One(only=[1]))


class Vec(namedtuple('Vec', 'x y')):
    """A 2-d vector."""

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, Vec._fields, isinstance(v, tuple))
people = [namedtuple('Person', 'name age')(n, a) for n, a in [('ann', 31), ('bob', 25)]]
print(sorted(people, key=lambda q: q.age))
print({Point(1, 2): 'a'}[Point(1, 2)], Point(1, 2) in {(1, 2)})
m = Point(x=[1], y={'k': 'v'})
print(m, repr(m))
