# slice objects: creation, attributes, indices(), use on str/list/tuple/range and in user __getitem__.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5), slice(1, 2))
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(4), slice(-2, None).indices(5))
data = list(range(12))
text = 'abcdefghijkl'
for sl in [slice(2, 5), slice(None, None, 3), slice(-4, None), slice(None, None, -2), slice(8, 2, -2), slice(100, 200)]:
    print(sl, data[sl], text[sl], tuple(data)[sl], list(range(12)[sl]))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r[:, 1], r['k'])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print('ValueError:', e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print('TypeError:', e)
