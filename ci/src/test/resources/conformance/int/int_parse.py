# int() from strings in bases 2-36 and base 0, from floats (truncation), and its errors.
print(int('42'), int('  -17  '), int('+5'), int('1_000'), int('0'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0))
print(int('777', 8), int('101', 2), int('z', 36), int('ZZ', 36), int('12', 3))
print(int(3.99), int(-3.99), int(1e20), int(True), int(-0.5))
print(int('123456789012345678901234567890'), int('-' + '9' * 40))
for base in (2, 5, 8, 10, 16, 36):
    print(base, int('101', base), int('1' * 10, base))
def to_base(n, base):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + ''.join(reversed(out))
for n in (0, 7, -255, 10 ** 15, 2 ** 70):
    for base in (2, 7, 16, 36):
        s = to_base(n, base)
        print(n, base, s, int(s, base) == n)
for bad in ('', 'abc', '1.5', '0x', '1__0', '12a'):
    try:
        int(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
try:
    int('5', 1)
except ValueError as e:
    print('ValueError:', e)
for bad in (float('inf'), float('nan')):
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
