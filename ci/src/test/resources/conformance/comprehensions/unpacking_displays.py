# Star and double-star unpacking in list/tuple/set/dict displays and in calls.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), (*a,), [*'xy', *range(2)], {*a, *b, 1})
print([*[], *[[]]], [*{'k': 1, 'j': 2}], [*(x * 2 for x in a)])
d1 = {'a': 1, 'b': 2}
d2 = {'b': 20, 'c': 30}
print({**d1, **d2}, {**d2, **d1}, {'z': 0, **d1, 'a': 100}, {**{}}, dict(**d1, c=3))
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b), f(*a, 0, *b), f(**d1), f(**d1, **{'x': 9}), f(*'ab', **{'k': 'v'}, z=1))
first, *rest = [*a, *b]
print(first, rest)
print(max(*a, *b), min(*'hello'), print(*a, *b, sep='-'))
nested = [[1, 2], [3], []]
print([*nested[0], *nested[1], *nested[2]], sum(nested, []))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError:', e)
try:
    [*5]
except TypeError as e:
    print('TypeError:', e)
try:
    {**[1]}
except TypeError as e:
    print('TypeError:', e)
merged = {}
for part in ({'x': 1}, {'y': 2}, {'x': 3}):
    merged = {**merged, **part}
print(merged)
