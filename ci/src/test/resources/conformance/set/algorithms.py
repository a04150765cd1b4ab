# Sets in algorithms: dedupe keeping order, sieve, graph reachability, with sorted output.
def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 5, 2]), dedupe('mississippi'))
def primes(n):
    composite = set()
    found = []
    for i in range(2, n + 1):
        if i not in composite:
            found.append(i)
            composite.update(range(i * i, n + 1, i))
    return found
print(primes(60))
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: [], 7: [1]}
def reachable(start):
    seen = {start}
    todo = [start]
    while todo:
        node = todo.pop()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen
for n in sorted(graph):
    print(n, sorted(reachable(n)))
words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']
anagrams = {}
for w in words:
    anagrams.setdefault(''.join(sorted(w)), []).append(w)
print([grp for grp in anagrams.values() if len(grp) > 1])
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(sorted(a & b), sorted(a - b)[:5], len(a | b), len(a ^ b))
print({1, 2, 3} == set([3, 2, 1]), set() == frozenset(), {0} == {False}, {1, 2} != {2, 3})
