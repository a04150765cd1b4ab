# dict and set comprehensions (sets of ints only, so order is deterministic).
print({x: x * x for x in range(6)})
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print({word: len(word) for word in 'one three five seven'.split()})
print({v: k for k, v in {'a': 1, 'b': 2, 'c': 3}.items()})
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
print({x % 5 for x in range(20)}, {x * x for x in range(-3, 4)}, {n for n in [3, 1, 3, 2, 1]})
print(sorted({w.lower() for w in ['A', 'a', 'B', 'b', 'c']}))
counts = {c: 'mississippi'.count(c) for c in 'mississippi'}
print(counts)
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 4)}
print(nested)
print({k: [i for i in range(k)] for k in range(4)})
grid = {(r, c) for r in range(3) for c in range(3) if (r + c) % 2 == 0}
print(sorted(grid), len(grid))
print({i: ch for i, ch in enumerate('hello')}, {ch: i for i, ch in enumerate('hello')})
print(len({x // 2 for x in range(100)}), {True: 1, 1: 2} == {x: 2 for x in [1]})
