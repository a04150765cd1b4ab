# tuple: creation, packing, indexing, slicing, concatenation, methods, immutability, as keys.
t = (1, 2, 3)
single = (1,)
empty = ()
packed = 4, 5, 6
print(t, single, empty, packed, type(single).__name__, (1), len(empty))
print(t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2, 2 in t, t.index(3), t.count(2))
print(tuple('abc'), tuple([1, 2]), tuple(range(3)), tuple(), tuple(x * x for x in t))
a, b, c = t
print(a + b + c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested)
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
try:
    t.append(4)
except AttributeError as e:
    print('AttributeError:', e)
grid = {}
grid[(0, 0)] = 'origin'
grid[1, 2] = 'point'
print(grid, grid[(1, 2)], (0, 0) in grid)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 'a') == (1, 'a'))
print(sorted([(2, 'b'), (1, 'c'), (2, 'a')]), max([(1, 5), (2, 0)]), min([(1, 5), (1, 2)]))
def minmax(values):
    return min(values), max(values)
lo, hi = minmax([4, 9, 1])
print(lo, hi, minmax('hello'))
lst = [1, 2]
holder = (lst, 'x')
lst.append(3)
print(holder)
print(repr((1,)), repr(()), str((None, 'q')), hash((1, 2)) == hash((1, 2)))
try:
    hash(([1],))
except TypeError as e:
    print('TypeError:', e)
try:
    print(t[5])
except IndexError as e:
    print('IndexError:', e)
try:
    x, y = t
except ValueError as e:
    print('ValueError:', e)
try:
    w, x, y, z = t
except ValueError as e:
    print('ValueError:', e)
