# math: the exact integer functions (gcd, lcm, isqrt, factorial, comb, perm) on small and huge
# ints, __index__ objects, and their errors.
import math

def show(name, *args):
    f = getattr(math, name)
    try:
        r = f(*args)
        print(name, args if len(repr(args)) < 80 else "...", repr(r) if len(repr(r)) < 200 else ("%d digits" % len(str(r)), r % 1000003))
    except Exception as e:
        print(name, args, type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __repr__(self):
        return "Idx(%d)" % self.v

show("gcd")
show("gcd", 12)
show("gcd", -12)
show("gcd", 12, 18)
show("gcd", 12, -18, 27)
show("gcd", 0, 0)
show("gcd", 2 ** 200, 6 ** 100)
show("gcd", Idx(21), 14)
show("gcd", True, 4)
show("gcd", 1.0, 2)
show("gcd", "a")
show("lcm")
show("lcm", 4, 6)
show("lcm", -4, 6, 10)
show("lcm", 0, 5)
show("lcm", 2 ** 70, 3 ** 40)
show("lcm", 4.0)

for n in [0, 1, 2, 3, 15, 16, 17, 24, 25, 10 ** 10, 2 ** 52 - 1, 2 ** 52, 2 ** 52 + 1, 10 ** 30, 10 ** 31 - 1, Idx(99), True]:
    show("isqrt", n)
show("isqrt", -1)
show("isqrt", 4.0)
show("isqrt", "4")

for n in [0, 1, 5, 20, 21, 30, 100, 500, Idx(10), True]:
    show("factorial", n)
show("factorial", -1)
show("factorial", 5.0)
show("factorial", 5.5)
show("factorial", "5")
show("factorial", 2 ** 70)

for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (52, 5), (100, 50), (1000, 3), (10 ** 20, 2), (Idx(6), Idx(3)), (True, True)]:
    show("comb", n, k)
    show("perm", n, k)
show("comb", -1, 2)
show("comb", 5, -2)
show("comb", 5.0, 2)
show("perm", -3, 2)
show("perm", 5, -1)
show("perm", 5)
show("perm", 5, None)
show("perm", 5.0)
