# round(): banker's rounding for ints and floats, ndigits, and the float representation effects.
for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 2.675, 1.005, 7.0):
    print(x, round(x), type(round(x)).__name__, round(x, 1), round(x, 2))
for x in (1234.5678, -1234.5678, 0.0, 1e20, 123.456):
    print(x, round(x, -2), round(x, -1), round(x, 0), round(x, 3))
print(round(5), round(-5), round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(2 ** 70 + 2 ** 69, -21), round(123456789, -3))
print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(2 / 3, 5))
print(type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(round(float('inf'), 2), round(-0.4), round(-0.6))
print(int(2.5), int(-2.5), 7 // 2, -7 // 2, int(7 / 2))
