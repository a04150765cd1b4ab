# math: constants and the functions of one real on ordinary and special values.
import math

def show(name, *args):
    f = getattr(math, name)
    try:
        print(name, args, repr(f(*args)))
    except Exception as e:
        print(name, args, type(e).__name__, e)

print(repr(math.pi), repr(math.e), repr(math.tau), repr(math.inf), repr(math.nan), repr(-math.inf))
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1e308))

inf, nan = math.inf, math.nan
special = [0.0, -0.0, inf, -inf, nan]
ordinary = [0.5, 1.0, 2.0, 0.1, 1e-300, 3.0, 10.0, 100.0, -1.0, -0.5, 2, -3, True]

for name in ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
             "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
             "fabs", "degrees", "radians", "isfinite", "isinf", "isnan", "ulp", "frexp", "modf",
             "ceil", "floor", "trunc", "gamma", "lgamma", "erf", "erfc"]:
    for x in special:
        show(name, x)

for name in ["sqrt", "exp", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "sinh",
             "tanh", "asinh", "expm1", "fabs", "degrees", "radians", "ulp", "frexp", "modf",
             "ceil", "floor", "trunc", "lgamma"]:
    for x in ordinary:
        show(name, x)

for x in [1.0, 2.0, 3.0, 5.0, 10.0, 23.0, 24.0, 30.5, -0.5, -1.5, 0.5, 1e-25, -1e-25, 171.0, 172.0, -200.5, -1.0, -2.0]:
    show("gamma", x)
for x in [1.0, 2.0, 3.0, 0.5, -0.5, 1e-25, 1e306, -1.0, 100.0]:
    show("lgamma", x)
for x in [0.5, 1.0, -1.0, 0.9, -0.9, 1.5, -1.5]:
    show("asin", x); show("acos", x); show("atanh", x)
for x in [0.5, 1.0, 2.0, 10.0]:
    show("acosh", x)
for x in [-6.0, 30.0, -30.0, 1e-10]:
    show("erf", x); show("erfc", x)
for x in [709.0, 710.0, -1000.0, 1e308, 800.0]:
    show("exp", x); show("expm1", x); show("cosh", x); show("sinh", x)
for x in [1.5, -1.5, 2.5, -2.5, 1e20, -1e20, 2.0 ** 60 + 1, 1e300, 0.9999999999999999]:
    show("ceil", x); show("floor", x); show("trunc", x)
for x in [5e-324, 1e-310, 2.0 ** -1022, 1.7976931348623157e308, -8.0, 0.75]:
    show("frexp", x); show("ulp", x); show("log2", x)
for x in [2 ** 1024, 10 ** 400, 3 ** 2000]:
    show("log", x); show("log2", x); show("log10", x); show("sqrt", x) if x < 2 ** 1000 else None
show("log", 10 ** 400, 10)
show("log", 8, 2)
show("log", 100, 10.0)
show("log", 2.0, 0.5)
show("log", 10, 1)
show("log", 0)
show("log", -5)
show("log", -(10 ** 400))
show("log", 0.0, 2)
show("log", 5, 0)
print(repr(math.log2(2 ** 10000)), repr(math.log10(10 ** 5000)))
