import operator

print(operator.add(2, 3), operator.sub(7, 2), operator.mul(3, 4), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.abs(-3), operator.not_(0), operator.truth([]), operator.truth([1]))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.contains([1, 2], 2), operator.getitem('abc', 1), operator.concat([1], [2]))
d = {}
operator.setitem(d, 'k', 1)
print(d)
operator.delitem(d, 'k')
print(d)
print(operator.index(7), operator.is_(None, None), operator.is_not(1, None))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf([5, 6, 7], 7))
try:
    operator.indexOf([1], 9)
except ValueError as e:
    print(type(e).__name__, e)
class H:
    def __length_hint__(self):
        return 4
print(operator.length_hint([1, 2, 3]), operator.length_hint(H(), 5), operator.length_hint(object(), 5))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.isub(5, 2), operator.imul(3, 3))
ig = operator.itemgetter(1)
print(ig([10, 20, 30]), repr(ig))
ig2 = operator.itemgetter(0, 2)
print(ig2('abc'), repr(ig2))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=operator.itemgetter(1)))

class P:
    def __init__(self, name, sub=None):
        self.name = name
        self.sub = sub
    def greet(self, g, punct='!'):
        return g + ' ' + self.name + punct

p = P('x', P('inner'))
print(operator.attrgetter('name')(p), operator.attrgetter('sub.name')(p))
print(operator.attrgetter('name', 'sub.name')(p))
print(repr(operator.attrgetter('a', 'b.c')))
mc = operator.methodcaller('greet', 'hi', punct='?')
print(mc(p), repr(mc))
print(operator.methodcaller('upper')('abc'))
try:
    operator.attrgetter('nope')(p)
except AttributeError as e:
    print(type(e).__name__)
try:
    operator.concat(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
