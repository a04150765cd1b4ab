# Tuples as records: returning several values, swapping, sorting by fields, nested unpacking in loops.
def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return n, mean, var, min(values), max(values)
count, mean, var, lo, hi = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(count, mean, var, lo, hi)
people = [('Ada', 'Lovelace', 1815), ('Alan', 'Turing', 1912), ('Grace', 'Hopper', 1906), ('Edsger', 'Dijkstra', 1930)]
for first, last, year in sorted(people, key=lambda p: p[2]):
    print('%-7s %-9s %d' % (first, last, year))
print(sorted(people, key=lambda p: p[1])[0], max(people, key=lambda p: len(p[0]))[0])
points = [(1, 2), (3, 1), (0, 0), (2, 2)]
print(sorted(points), sorted(points, key=lambda p: (p[1], -p[0])), max(points), min(points, key=sum))
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'xyz'
print(x, y, z)
for i, (name, (lat, lon)) in enumerate([('north', (90, 0)), ('origin', (0, 0))]):
    print(i, name, lat, lon)
pairs = list(zip(range(3), 'abc'))
nums, letters = zip(*pairs)
print(pairs, nums, letters)
edges = ((1, 2), (2, 3), (1, 3))
adj = {}
for u, v in edges:
    adj.setdefault(u, []).append(v)
    adj.setdefault(v, []).append(u)
print(adj)
t = tuple(range(10))
print(t[2:8:2], t[::-3], t.count(3), t.index(7), len(t), t + t[:2], t[:3] * 2, 5 in t)
print((1, 2) + (3,), (1,) * 0, tuple(reversed(t))[:3], sum(t), tuple(sorted((3, 1, 2))))
