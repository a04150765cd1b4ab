# min, max (key, default, several args), sum (start), abs, any, all.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a'), max([1.5, 2, -3]))
print(max([], default='empty'), min((), default=None), max([7], default=0))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len))
print(max([(1, 'b'), (1, 'a')]), min({'x': 3, 'y': 1}, key={'x': 3, 'y': 1}.get))
print(max([3, 1, 3], key=lambda v: -v), max(['a', 'B', 'c'], key=str.lower), max(1, 2, key=lambda v: -v))
print(max([1, 3, 3, 2], key=lambda v: v), max([(0, 'first'), (0, 'second')], key=lambda p: p[0]))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([]), sum([[1], [2]], []), sum(range(101)))
print(sum([1, 2.5]), sum([True, True]), sum((x for x in range(4)), start=100))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-10 ** 30), abs(True))
print(any([]), any([0, '', None]), any([0, 1]), all([]), all([1, 'a']), all([1, 0]))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, 2, 0]))
for bad in (lambda: max(), lambda: max([]), lambda: min(1), lambda: max(1, 2, default=0), lambda: sum('ab')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
data = [('ann', 82), ('bob', 95), ('cy', 77), ('dee', 95)]
best = max(data, key=lambda p: p[1])
worst = min(data, key=lambda p: p[1])
print(best, worst, sum(p[1] for p in data) / len(data))
