# math: ceil/floor/trunc through __ceil__/__floor__/__trunc__, reals through __float__ and
# __index__, fsum, prod, and TypeErrors in CPython's words.
import math

def show(name, *args, **kw):
    f = getattr(math, name)
    try:
        print(name, args, kw or "", repr(f(*args, **kw)))
    except Exception as e:
        print(name, args, kw or "", type(e).__name__, e)

class Rounder:
    def __ceil__(self): return "ceil!"
    def __floor__(self): return "floor!"
    def __trunc__(self): return "trunc!"
    def __repr__(self): return "Rounder()"

class F:
    def __float__(self): return 2.25
    def __repr__(self): return "F()"

class I:
    def __index__(self): return 7
    def __repr__(self): return "I()"

class BadF:
    def __float__(self): return 3
    def __repr__(self): return "BadF()"

class MyFloat(float):
    pass

class MyInt(int):
    pass

for name in ["ceil", "floor", "trunc"]:
    for x in [Rounder(), F(), I(), MyFloat(2.5), MyInt(7), 2.5, -2.5, 3, True, 10 ** 30, 1e30, "x", None]:
        show(name, x)
for x in [F(), I(), MyFloat(6.25), MyInt(16), BadF(), "1", None, [1], 10 ** 400]:
    show("sqrt", x)
show("exp", F())
show("isnan", I())
show("atan2", F(), I())
show("copysign", 3, MyFloat(-1.0))
show("pow", F(), 2)
show("hypot", F(), I())
show("fabs", -10 ** 20)
show("floor", -(10 ** 40))
show("frexp", 10 ** 30)

print(repr(math.fsum([0.1] * 10)), repr(sum([0.1] * 10)))
for xs in [[], [1, 2, 3], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [0.1, 0.2, 0.3],
           [1e308, 1e308, -1e308], [-0.0], [-0.0, -0.0], [1.0, math.inf], [math.inf, -math.inf],
           [math.nan, 1.0], [math.inf, math.nan], [2.0 ** 53, 1.0, 2.0 ** -52 * 0],
           [1.0, 1e-16, 1e-16], [1e16, 1.0, 1e-16], [3, 4.5, F(), I()], range(1000)]:
    show("fsum", xs)
print(repr(math.fsum(x / 7 for x in range(100))))
show("fsum", [1e308, 1e308])
show("fsum", ["a"])
show("fsum", 5)

show("prod", [])
show("prod", [1, 2, 3, 4])
show("prod", range(1, 30))
show("prod", [2, 3.5])
show("prod", [2, 3], start=10)
show("prod", ["ab", 3])
show("prod", [3], start="ab")
show("prod", [[1], 2], start=2)
print(repr(math.prod((x for x in [1.5, 2]), start=4)))
show("prod", 5)
