# dicts keep insertion order: after updates, deletes and re-inserts; equality ignores order.
d = {}
for key in ['zebra', 'apple', 'mango', 'kiwi', 'banana']:
    d[key] = len(key)
print(d)
d['apple'] = 100
print(list(d))
del d['mango']
d['mango'] = 0
print(list(d.items()))
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, list({'a': 1, 'b': 2}) == list({'b': 2, 'a': 1}))
numbers = {}
for n in [5, 3, 9, 1, 3, 5, 7]:
    numbers[n] = numbers.get(n, 0) + 1
print(numbers)
print(sorted(numbers), sorted(numbers.items(), key=lambda kv: kv[1], reverse=True))
inverted = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inverted)
mixed = {1: 'int', 1.0: 'float', True: 'bool', 'x': 'str', (1, 2): 'tuple', None: 'none'}
print(mixed, len(mixed))
print({-1: 'a', -2: 'b'}, {0: 0, 0.0: 1, False: 2})
keys = list(range(20, 0, -3))
print({k: k * k for k in keys})
d2 = dict.fromkeys('hello')
print(list(d2))
for k in list(d):
    if len(k) > 4:
        del d[k]
print(d)
