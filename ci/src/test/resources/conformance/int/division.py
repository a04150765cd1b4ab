# Floor division and modulo follow the sign of the divisor; true division gives a float.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, '//', a // b, '%', a % b, '/', a / b, 'divmod', divmod(a, b))
big = 10 ** 25 + 7
for d in (3, -3, 10 ** 12, -(10 ** 12)):
    print(big // d, big % d, -big // d, -big % d)
print(1 / 3, 2 / 3, 10 / 4, 10 / 5, -10 / 4)
print(10 ** 20 / 10 ** 10, 2 ** 60 / 3)
print((2 ** 1000) / (2 ** 990))
print(7 // 1, 7 % 1, -7 // 1)
for a in range(-5, 6):
    print(a, a // 3, a % 3, a // -3, a % -3)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
