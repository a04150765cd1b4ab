# format(value, spec) for ints, floats, strings, bools and user __format__.
print(format(3.14159, '.2f'), format(42, 'b'), format(42, '08x'), format('hi', '^6'), format(True, ''))
print(format(1234567.891, ',.2f'), format(0.5, '.0%'), format(-3, '05d'), format(255, '#X'))
print(format(12, ''), format('s'), format(None), format([1, 2]), format(1e100, '.3g'))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + 'F'
        return format(self.c, spec + 'f' if spec else '') + 'C'
t = Temp(21.5)
print(format(t, '.1F'), format(t, '.0'), format(t), f'{t:.2F}', '{:.3}'.format(t))
try:
    format(3, 's')
except ValueError as e:
    print('ValueError:', e)
try:
    format('x', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(object(), 'x')
except TypeError as e:
    print('TypeError:', e)
for spec in ('', '10', '<10', '>10', '^10', '*^10', '+', '-', ' ', '010', ',', '_', 'e', '.3e', 'g', '%'):
    print(repr(spec), repr(format(12345, spec)), repr(format(-1.5, spec)))
for spec in ('x', 'X', 'o', 'b', '#b', 'c', 'd'):
    print(repr(spec), repr(format(97, spec)))
