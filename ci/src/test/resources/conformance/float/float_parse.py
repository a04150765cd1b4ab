# float() from strings and ints, and its error messages.
for s in ('1', '1.5', '-2.25', '  3.0\n', '1e5', '1E-5', '.5', '5.', '1_000.5', '+1.0', '0x10' if False else '16'):
    print(repr(s), float(s))
print(float(10), float(-3), float(True), float(2 ** 80), float(), float(10 ** 308))
print(float('0.1') == 0.1, float('3.141592653589793') == 3.141592653589793)
for bad in ('', 'abc', '1.2.3', '1e', '--1', '1_', 'one'):
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
try:
    float([1])
except TypeError as e:
    print('TypeError:', e)
try:
    float(None)
except TypeError as e:
    print('TypeError:', e)
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (2.5).hex() if False else '-')
print(int(2.9), int(-2.9), int(1e18), int(123.0))
