# set methods on small ints (whose iteration order is deterministic): add, discard, remove, pop...
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(1); print(s)
s.remove(2); print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
print(s.pop(), s)
s.clear(); print(s, len(s))
try:
    s.pop()
except KeyError as e:
    print('KeyError:', e)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7], (8,)), a.intersection(range(3, 10)), a.difference({1}, {2}))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1, 2}), a.isdisjoint({9}), a.isdisjoint(b))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2, 3} >= {3}, {1, 2} > {1, 2})
c = a.copy()
c |= {10}; c &= {1, 2, 10, 11}; c -= {2}; c ^= {1, 5}
print(a, c)
c.update([20, 21], {22}); print(c)
c.intersection_update({5, 10, 20}); print(c)
c.difference_update({5}); print(c)
c.symmetric_difference_update({10, 30}); print(c)
print(set(), set([3, 3, 1]), set(range(5)), set('aaa'), {x % 3 for x in range(10)})
print(sorted({'pear', 'apple', 'fig'}), len({'a', 'b', 'a'}))
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
try:
    {1} + {2}
except TypeError as e:
    print('TypeError:', e)
