# len, range, enumerate, zip, map, filter, reversed, sorted on many kinds of input.
print(len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}), len(range(10, 0, -2)), len(''))
print(list(enumerate('abc')), list(enumerate(['x', 'y'], start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip(range(3), range(3, 6), 'xyz')))
print(dict(zip(['a', 'b'], [1, 2])), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ['ab', ''])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isdigit, 'a1b2c3')))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted('cba'), sorted([3, 1, 2], reverse=True), sorted({'b': 1, 'a': 2}))
m = map(lambda x: x * 10, range(3))
print(next(m), list(m), list(m))
z = zip('ab', 'cd')
print(next(z), list(z))
e = enumerate('pq')
print(next(e), next(e), next(e, 'end'))
class Rev:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'item%d' % i
print(list(reversed(Rev())), list(reversed(SeqOnly())))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    len(iter([]))
except TypeError as e:
    print('TypeError:', e)
print(type(map(str, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(filter(None, [])).__name__)
print(list(zip('abc', range(10), strict=False)))
