import operator as op

s = 'ab'
print(op.iconcat(s, 'c'), s)
l = [1]
print(op.iconcat(l, [2]) is l, l)
print(op.iand(12, 10), op.ior(12, 10), op.ixor(12, 10), op.ilshift(1, 3), op.irshift(8, 1))
print(op.imod(7, 4), op.ipow(2, 5), op.ifloordiv(7, 2), op.itruediv(7, 2))
print(list(map(op.add, [1, 2], [10, 20])), op.mul('ab', 2))
rows = [{'n': 2, 'k': 'b'}, {'n': 1, 'k': 'a'}]
print(sorted(rows, key=op.itemgetter('n')), op.itemgetter(slice(1, None))('abc'))
print(op.methodcaller('split', ',')('a,b'), op.methodcaller('replace', 'a', 'b')('aa'))
for bad in [lambda: op.attrgetter(1), lambda: op.methodcaller(2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
print(op.truediv(1, 4), op.neg(-0.5))
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
