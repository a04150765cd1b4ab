# list comparison, membership, nesting, identity, builtins over lists, and list() conversions.
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a != [1, 2], a < [1, 2, 4], a < [1, 2], [1, [2]] == [1, [2]])
print(2 in a, 5 in a, [2] in [[1], [2]], 'x' not in a)
print(len(a), sum(a), min(a), max(a), any(a), all([1, 0]), sorted(a, reverse=True))
print(list(), list('abc'), list(range(4)), list((1, 2)), list({'k': 1, 'j': 2}), list(x * 2 for x in a))
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in m], [m[i][i] for i in range(3)], list(zip(*m)))
flat = [x for row in m for x in row]
print(flat, flat[::4])
c.append(4)
print(a, b, c)
r = [a, a]
r[0].append(5)
print(r)
print(repr([]), repr([[]]), repr([None, True, 1.5, 'q', (1,), {}]))
selfref = [1, 2]
selfref.append(selfref)
print(selfref)
lst = [5, 3, 8]
lst[1] += 10
print(lst, lst.__len__(), lst.__getitem__(0), list.__name__)
try:
    print(a[10])
except IndexError as e:
    print('IndexError:', e)
try:
    a['x']
except TypeError as e:
    print('TypeError:', e)
try:
    [1] + (2,)
except TypeError as e:
    print('TypeError:', e)
