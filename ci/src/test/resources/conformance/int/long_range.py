# Ints past the 48-bit small ints and up to (and past) 64 bits: + - * // % & | ^ where the
# operands fit a 64-bit long, at the edges where the result stops fitting one.
M = 2 ** 63
edges = [0, 1, -1, 2 ** 47 - 1, 2 ** 47, -2 ** 47, -2 ** 47 - 1, 2 ** 48, 3 * 2 ** 40 + 7,
         2 ** 62, -2 ** 62, M - 1, -M, -M + 1, 2 ** 32 + 1, -(2 ** 31) * 3, 12345678901234567,
         True, False, M, -M - 1]
ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b),
]
digest = 0
for name, f in ops:
    for a in edges:
        for b in edges:
            try:
                r = f(a, b)
            except ZeroDivisionError as e:
                r = "ZeroDivisionError: " + str(e)
            if (a in (M - 1, -M, 2 ** 47)) and (b in (-1, 1, 2 ** 47, M - 1, -M)):
                print(repr(a), name, repr(b), "=", r)
            digest = (digest * 31 + (r if isinstance(r, int) else len(r))) % (2 ** 61 - 1)
print("digest", digest)

# a 64-bit LCG and a hash mix, the programs this path is for
x = 88172645463325252
for i in range(2000):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    x ^= x >> 17
    x = (x ^ (x << 5)) & 0xFFFFFFFFFFFFFFFF
print("lcg", x, type(x).__name__)
h = -7
for i in range(1000):
    h = (h * 1000003) ^ i
    h = h % (2 ** 62) - 2 ** 61
print("mix", h)
# augmented assignment and mixed with floats stay right
y = 2 ** 60
y += 2 ** 60
y -= 1
print(y, y * 2, y // -3, y % -7, -y // 3, y + 0.5, y * 1.0)
# shifts and comparisons of ints that fit a long, at the edges
for a in [2 ** 47, -2 ** 47 - 3, M - 1, -M, 12345678901234567, -(2 ** 50) - 1]:
    row = []
    for n in [0, 1, 2, 15, 16, 17, 40, 62, 63, 64, 100]:
        row.append(a >> n)
        row.append(a << n)
    print(a, row)
    try:
        print(a << -1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(a >> -1)
    except ValueError as e:
        print("ValueError:", e)
values = sorted(edges, key=lambda v: (v * 7919) % 1009)
print(sorted(values))
print([(a < b, a <= b, a == b, a != b, a > b, a >= b) for a, b in zip(values, values[1:])])
print(max(edges), min(edges), M - 1 == 2 ** 63 - 1, -M < -M + 1, (M - 1) > 2 ** 62)
