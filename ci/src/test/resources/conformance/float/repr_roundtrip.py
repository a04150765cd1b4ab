# float repr is the shortest string that round-trips; str is the same in Python 3.
values = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e17, 123456789.123456789,
          1e-7, 1.5e-10, 3.0, -2.5, 1e300 * 1e10, 2 ** 0.5, 100.0, 1234567890123456789.0,
          0.000123, 9007199254740993.0, 4.35, 0.07, 1.0000000000000002, 5e-324]
for v in values:
    print(repr(v), str(v), float(repr(v)) == v)
x = 0.0
for i in range(10):
    x += 0.1
    print(i, x)
print(sum([0.1] * 10), 0.1 * 10)
print(1e15 + 0.3, 1e16 + 1.0, 2.0 ** 53 + 1.0)
for e in range(-6, 22, 3):
    print(e, 10.0 ** e, 1.5 * 10.0 ** e)
print(float(10 ** 16), float(10 ** 22), float(2 ** 63), float(12345678901234567890))
print(-0.0, 0.0 == -0.0, str(-0.0), repr(-1e-300 * 1e-300))
