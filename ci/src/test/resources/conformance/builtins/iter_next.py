# iter and next: default values, iter(callable, sentinel), StopIteration, exhausting iterators.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
d = {'a': 1, 'b': 2}
dit = iter(d)
print(next(dit), next(dit), next(dit, 'end'))
s = iter('xyz')
print(list(s), list(s))
values = [5, 3, 9, 0, 7]
pos = [0]
def reader():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
r = iter(range(3))
print(iter(r) is r, next(r), list(r))
pairs = iter([('a', 1), ('b', 2)])
for key, value in pairs:
    print(key, value)
print(next(iter(''), 'empty string'), next(iter(()), 'empty tuple'), next(iter({}), 'empty dict'))
t = iter((10, 20, 30))
first = next(t)
rest = list(t)
print(first, rest)
