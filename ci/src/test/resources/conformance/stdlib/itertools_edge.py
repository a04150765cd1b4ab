import itertools as it

gb = it.groupby([1, 1, 2, 2, 3])
k, g = next(gb)
print(k, next(g))
k2, g2 = next(gb)
print(k2, list(g), list(g2))
print([k for k, g in it.groupby([])])
print(list(it.chain()), list(it.chain([], [])))
print(list(it.islice(range(10), 1, 9, 3)), list(it.islice(range(3), 5, 10)))
try:
    it.islice([1])
except TypeError as e:
    print(type(e).__name__, e)
t1, t2 = it.tee(iter('abc'))
print(next(t1), next(t1), next(t2), list(t1), list(t2))
print(it.tee('a', 0))
print(list(it.zip_longest()), list(it.zip_longest([1, 2], [])))
print(list(it.product()), list(it.product('ab', repeat=0)), list(it.product([], 'ab')))
print(list(it.permutations('ab', 3)), list(it.permutations('ab', 0)))
print(list(it.combinations('abc', 0)), list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('ab', 0)))
for bad in [lambda: it.combinations('ab', -1), lambda: it.permutations('ab', -1), lambda: it.product('a', repeat=-1), lambda: it.tee('a', -1)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
print(list(it.accumulate('abc')), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=2)))
print(list(zip(it.count(), 'xyz')), list(zip(it.count(0.5, 0.5), 'ab')))
print(list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
s = it.repeat(7, 2)
print(next(s), repr(s), next(s), repr(s))
print(repr(it.repeat(0, -3)), list(it.repeat(0, -3)))
print(sorted(set(map(len, it.combinations(range(5), 3)))), len(list(it.combinations(range(6), 3))))
c = it.chain.from_iterable(it.repeat('ab', 2))
print(list(c), isinstance(c, it.chain))
