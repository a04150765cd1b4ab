# frozenset: immutable, hashable, mixes with set in operators; sets of small ints print sorted.
f = frozenset([5, 1, 3])
g = frozenset(range(4))
print(f, g, len(f), 1 in f, type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
print(f | g, f & g, f - g, f ^ g, f.union({9}), f.issubset(range(10)))
print(frozenset(), frozenset('a'), repr(frozenset({2})))
print(f == {1, 3, 5}, {1, 3, 5} == f, f == frozenset([3, 5, 1]), hash(f) == hash(frozenset([1, 3, 5])))
try:
    f.add(2)
except AttributeError as e:
    print('AttributeError:', e)
groups = {frozenset({1, 2}): 'pair', frozenset({3}): 'single'}
print(groups[frozenset({2, 1})], frozenset({3}) in groups)
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
subsets = [frozenset()]
for x in [1, 2, 3]:
    subsets += [sub | {x} for sub in subsets]
print(len(subsets), sorted(sorted(s) for s in subsets))
print(sorted(frozenset([10, -1, 7])), min(f), max(f), sum(f))
