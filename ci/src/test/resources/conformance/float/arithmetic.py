# float + - * / // % ** with mixed int/float operands and signed zeros.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
for x, y in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.3, 0.1), (5, 0.5), (-1e-20, 3)]:
    print(x, y, x // y, x % y, divmod(x, y))
print(1 + 2.0, 3 * 1.5, 10 - 0.25, 2 ** 0.5, 2.0 ** -2, (-8.0) ** 3)
print(0.1 * 3, 0.7 + 0.1, 0.3 - 0.1, 1.1 * 1.1, 3.3 / 1.1)
print(-0.0 + 0.0, -0.0 * 5, 0.0 * -1, -0.0 - 0.0)
print(abs(-3.5), abs(-0.0), -(-2.5), +1.25)
print(10 / 3, -10 / 3, 2 ** 1023 * 1.0, 1e308 + 1e308)
print(float('inf') - float('inf') != float('inf') - float('inf'))
print(7.0 // 0.5, 7.0 % 0.5, 7.25 % 0.5, -7.25 % 0.5, 7.25 % -0.5)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
try:
    print(2 ** 10000 * 1.0)
except OverflowError as e:
    print('OverflowError:', e)
try:
    print(2 ** 10000 / 3)
except OverflowError as e:
    print('OverflowError:', e)
print((-8) ** (1 / 3) if False else 'skip complex', (-2.0) ** 2, 2 ** -1074 > 0)
