# dict methods: get, setdefault, pop, popitem, update, copy, clear, fromkeys, keys/values/items.
d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), d.get('b', 0))
print(d.setdefault('a', 100), d.setdefault('new', []), d)
d['new'].append('x')
print(d)
print(d.pop('new'), d.pop('zzz', 'default'), d)
try:
    d.pop('zzz')
except KeyError as e:
    print('KeyError:', e)
d.update({'d': 4, 'a': 10})
d.update([('e', 5)], f=6)
d.update(g=7)
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e['b'] = 'changed'
print(d, e)
e.clear()
print(e, len(e), bool(e))
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2, 3], 0), dict.fromkeys(range(2), []))
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=1), dict(zip('ab', [1, 2])))
try:
    print(d['missing'])
except KeyError as e:
    print('KeyError:', e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)
print('a' in d, 'zz' in d, 'a' not in d, 2 in d.values(), ('a', 10) in d.items())
print(d | {'z': 26}, {'a': 1} | {'a': 2})
d |= {'y': 25}
print(d)
