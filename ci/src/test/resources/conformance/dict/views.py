# keys/values/items views are live; iteration, set operations on key views, and mutation errors.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['d'] = 4
print(list(k), list(v), list(i), len(k), len(v), len(i))
del d['a']
print(k, 'a' in k, 'b' in k, 3 in v, ('c', 3) in i)
print(sorted(k & {'b', 'c', 'x'}), sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(k == {'b', 'c', 'd'}, i == {('b', 2), ('c', 3), ('d', 4)})
for key, value in d.items():
    print(key, '->', value)
for key in d:
    print(key, d[key])
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
try:
    for key in d:
        d[key + key] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
e = {1: 'x'}
try:
    for key in e:
        del e[key]
except RuntimeError as e2:
    print('RuntimeError:', e2)
print(sum({1: 10, 2: 20}.values()), max({'x': 5, 'y': 9}.items(), key=lambda kv: kv[1]))
print(list(zip({'p': 1, 'q': 2}, {'r': 3, 's': 4}.values())), sorted({3: 0, 1: 0}.keys()))
