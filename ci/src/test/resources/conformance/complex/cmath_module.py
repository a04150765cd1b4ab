# The cmath module: constants, functions on ordinary values and on infinities and NaNs, errors.
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
values = [1 + 2j, -3 + 0.5j, 0.25 - 0.75j, 2j, -1.5, 1e-8 + 1e-8j, 0.9 + 0.3j, -0.0 - 2j, 3.0, -2 - 2j, 5e-320 + 1e-320j]
exact = ["sqrt", "exp", "log", "log10", "acos", "acosh", "atanh", "phase", "polar"]
for name in exact:
    f = getattr(cmath, name)
    print(name, [f(z) for z in values])
for name in ["sqrt", "log", "acos", "acosh", "atanh", "asinh", "polar"]:
    print(name, [getattr(cmath, name)(z) for z in (1e155 + 1e155j, -1e300 + 1e300j, 1e300 - 1e-300j)])


def near(z):
    return complex(round(z.real, 11), round(z.imag, 11))


for name in ["sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "atan", "asinh"]:
    f = getattr(cmath, name)
    print(name, [near(f(z)) for z in values])

inf, nan = math.inf, math.nan
parts = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for name in ["sqrt", "exp", "log", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    row = []
    for x in parts:
        for y in parts:
            if math.isfinite(x) and math.isfinite(y):
                continue
            try:
                row.append(repr(f(complex(x, y))))
            except ValueError:
                row.append("VE")
            except OverflowError:
                row.append("OE")
    print(name, " ".join(row))
print([cmath.rect(r, phi) for r, phi in [(1, 0), (2, math.pi / 2), (1, -0.0), (inf, 1), (-inf, 2), (0, inf), (nan, 0)]])
print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log(0, 2), cmath.log(100, 10))
print([cmath.isfinite(z) for z in (1j, complex(inf, 0), complex(0, nan))], [cmath.isinf(z) for z in (1j, complex(inf, 0), complex(nan, inf))],
      [cmath.isnan(z) for z in (1j, complex(nan, 0), complex(inf, nan))])
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)))
for f in [lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.log(2, 0), lambda: cmath.atanh(1), lambda: cmath.atan(1j),
          lambda: cmath.exp(1000), lambda: cmath.cosh(1000), lambda: cmath.sqrt("a"), lambda: cmath.rect(1j, 2),
          lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.polar(1.7e308 + 1.7e308j), lambda: cmath.exp(complex(1, inf))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
