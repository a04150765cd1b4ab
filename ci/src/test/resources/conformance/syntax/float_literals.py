# Float literal forms: fractions, exponents, underscores, and their shortest repr.
print(0.0, 1.0, 1., .5, 3.14)
print(1e3, 1E3, 1e-3, 2.5e+10, 1_000.000_1)
print(1e22, 1e23, 1e16, 1e15, 123456789012345680.0)
print(1e-5, 1e-4, 0.0001, 0.00001)
print(0.1 + 0.2, 0.1 * 3, 1 / 3)
print(1e308 * 10, -1e308 * 10)
print(5e-324, 2.2250738585072014e-308)
print(1.7976931348623157e308)
print(float("1e500"), float("-inf"))
print(repr(1.0), str(2.50), repr(-0.0))
values = [0.5, 0.25, 0.125, 1.1, 2.675, 100.0, 1e100, 12345.6789]
for v in values:
    print(v, repr(v), v * 2, -v)
print(type(1e0).__name__, type(1.).__name__)
print(3.0 == 3, 0.1 + 0.2 == 0.3)
