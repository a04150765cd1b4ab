# The dispatch loop computes +, -, *, / on floats and small ints, and comparisons of two
# floats, without the general numeric path. Every edge the fast path must get right, next to
# the ones it must leave to the general path (division by zero, NaN comparisons, bools, big ints).
import math

big = 2 ** 47 - 1          # the largest small int
values = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, math.inf, -math.inf, math.nan,
          0, 1, -7, 3, big, -big - 1, big + 1, 2 ** 53 + 1, True, False]


def show(x):
    if isinstance(x, float):
        return f"float {x!r} {math.copysign(1.0, x) if x == 0 else ''}"
    return f"{type(x).__name__} {x!r}"


for a in values:
    for b in values:
        row = []
        for name, op in (("+", lambda p, q: p + q), ("-", lambda p, q: p - q),
                         ("*", lambda p, q: p * q), ("/", lambda p, q: p / q)):
            try:
                row.append(name + " " + show(op(a, b)))
            except (ZeroDivisionError, OverflowError) as e:
                row.append(name + " " + type(e).__name__ + ": " + str(e))
        row.append(" ".join(str(int(c)) for c in (a < b, a <= b, a == b, a != b, a > b, a >= b)))
        print(repr(a), repr(b), "|", " | ".join(row))

# in-place forms, and the exact rounding of int / int
x = 1.0
for i in range(1, 40):
    x += i / 7
    x -= 0.5
    x *= 1.0001
    x /= 1.00001
print(repr(x))
print([repr(p / q) for p in (1, 2, 10, -3, big, -big) for q in (3, 7, -9, big, 2 ** 20)])
n = 0
for i in range(1000):
    f = i * 0.1
    if f < 50.0: n += 1
    if f >= 25.5: n += 10
    if f == 3.0: n += 100
print(n)
