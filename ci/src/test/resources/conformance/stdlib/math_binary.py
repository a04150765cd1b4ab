# math: functions of two reals and of several (pow, atan2, fmod, remainder, copysign, ldexp,
# nextafter, hypot, dist, isclose), with their special values and errors.
import math

inf, nan = math.inf, math.nan

def show(name, *args, **kw):
    f = getattr(math, name)
    try:
        print(name, args, kw or "", repr(f(*args, **kw)))
    except Exception as e:
        print(name, args, kw or "", type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.0, 0.5, -3.0, inf, -inf, nan]
for name in ["pow", "fmod", "remainder", "copysign", "atan2", "nextafter"]:
    for x in vals:
        for y in vals:
            show(name, x, y)

for x, y in [(2.0, 10), (2, 0.5), (10, -2), (-8.0, 1 / 3), (0.0, -1.0), (-0.0, -3.0), (1e300, 2.0),
             (-2.0, 3), (1.0, 1e300), (4, 2), (2, 1075), (2, -1075), (7.0, -2.0)]:
    show("pow", x, y)
for x, y in [(10.0, 3.0), (-10.0, 3.0), (10.0, -3.0), (5.5, 2.0), (7, 2), (1e300, 3.0), (3.0, 1e-300)]:
    show("fmod", x, y)
    show("remainder", x, y)
for x, y in [(1.0, 1.0), (1.0, -1.0), (0.0, 1.0), (-1.0, 0.0), (3, 4)]:
    show("atan2", x, y)
for x, e in [(1.0, 10), (0.75, -1), (1.0, 1024), (1.0, -1075), (1.0, -1074), (3.0, 10 ** 30),
             (3.0, -(10 ** 30)), (0.0, 10 ** 30), (inf, -5), (nan, 3), (5, 2), (1.5, True)]:
    show("ldexp", x, e)
show("ldexp", 1.0, 2.0)
show("ldexp", 1.0, "2")
show("nextafter", 1.0, 2.0)
show("nextafter", 0.0, -1.0)
show("nextafter", 1.7976931348623157e308, inf)

show("hypot")
show("hypot", 3, 4)
show("hypot", -5.0)
show("hypot", 3.0, 4.0, 12.0)
show("hypot", 1e308, 1e308)
show("hypot", 1e-320, 1e-320)
show("hypot", nan, inf)
show("hypot", nan, 1.0)
show("hypot", 0.0, -0.0)
show("hypot", 1, 1)
show("hypot", "a")
show("dist", (0, 0), (3, 4))
show("dist", (1.0, 2.0, 3.0), (4.0, 6.0, 15.0))
show("dist", (), ())
show("dist", (1, 2), (1,))
show("dist", [1, 2], (1, 2))

for a, b, kw in [(1.0, 1.0, {}), (1.0, 1.0 + 1e-10, {}), (1.0, 1.0 + 1e-8, {}), (0.0, 1e-12, {}),
                 (0.0, 1e-12, {"abs_tol": 1e-11}), (100, 101, {"rel_tol": 0.01}), (inf, inf, {}),
                 (inf, -inf, {}), (nan, nan, {}), (1.0, inf, {"abs_tol": inf}),
                 (1.0, 2.0, {"rel_tol": -1.0}), (1.0, 2.0, {"abs_tol": -0.5})]:
    show("isclose", a, b, **kw)

show("isclose", "a", 1)
