# List comprehensions: filters, several for clauses, nesting, conditional expressions, unpacking.
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in 'ab'])
print([(x, y) for x in range(4) if x % 2 for y in range(x) if y != 1])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v != 3])
print(['even' if n % 2 == 0 else 'odd' for n in range(5)])
print([a + b for a, b in [(1, 2), (3, 4)]], [k for k, *_ in [(1, 2, 3), (4, 5)]])
print([c.upper() for c in 'hello' if c not in 'aeiou'])
print([len(w) for w in 'the quick brown fox'.split()])
print([i for i in range(3)] + [i for i in range(3, 0, -1)])
print([x for x in []], [[]for _ in range(2)])
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
words = ['apple', 'Banana', 'cherry', 'date']
print([w for w in words if w[0].isupper() or len(w) == 4], [w[::-1] for w in words])
print([(i, ch) for i, ch in enumerate('xyz') if i != 1])
print([f(3) for f in (abs, str, lambda v: v * v)])
