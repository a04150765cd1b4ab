# Mixed int/float comparison is exact, even for ints that floats cannot hold.
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), float(big + 1) == big)
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), -(10 ** 400) > float('-inf'))
print(1 == 1.0, 0.1 * 3 == 0.3, 3 * 0.1 > 0.3, 1 / 10 == 0.1)
print(0.5 < 1 < 1.5, 2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
print(sorted([3, 2.5, 1, 2 ** 60, 1e18, -1, -0.5, 0]))
print(max(2, 2.0), max(2.0, 2), min(1, True), type(max(2, 2.0)).__name__)
print(int(1e15) == 10 ** 15, float(10 ** 15) == 1e15, 1e15 == 10 ** 15)
print([1, 2.0, 3] == [1.0, 2, 3.0], (1, 2) == (1.0, 2.0), {1: 'a'}.get(1.0), {1.0: 'x'}[1])
print(hash(2 ** 53) == hash(float(2 ** 53)), 1.0 in [1], 2 in {2.0})
print(7 / 7, type(7 / 7).__name__, 7 // 7.0, 2 ** 3.0, 9 ** 0.5, type(2 ** 2).__name__)
print(float(2 ** 1023) * 2, 2.0 ** 1023 * 2)
