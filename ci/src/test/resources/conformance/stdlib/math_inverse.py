# math: inverse trigonometric functions and logarithms on a spread of ordinary arguments
# (CPython's C library rounds these correctly almost always, so weft must too; 12/37 is one
# argument whose atan glibc rounds the other way, left out).
import math

xs = [i / 37 for i in range(-40, 41) if abs(i) != 12] + [1e-9, 1e-5, 0.3, 2.5, 17.0, 1e5, 1e15, -3.75]
for x in xs:
    row = [math.atan(x), math.atan2(x, 0.7), math.atan2(-1.3, x)]
    if -1 <= x <= 1:
        row += [math.asin(x), math.acos(x)]
    if x > 0:
        row += [math.log2(x), math.log10(x), math.log(x), math.log(x, 3)]
    print(repr(x), " ".join(repr(v) for v in row))
for x in [0.5, 1.5, 3.0, 10.0, 0.1, 1e-7, 123.456]:
    print(repr(x), repr(math.hypot(x, 1.0)), repr(math.hypot(x, x / 3, 2.0)), repr(math.dist((x, 1), (0, 4))))
