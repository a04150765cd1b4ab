# bool is an int subclass: arithmetic, repr, conversions and truthiness of all kinds of values.
print(True, False, repr(True), str(False), type(True).__name__)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__[1].__name__)
print(True + True + True, True * 7, False * 7, True / 2, True // 2, -True, ~False)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1), bool(float('nan')))
print(bool(''), bool(' '), bool([]), bool([0]), bool(()), bool((0,)), bool({}), bool({0: 0}))
print(bool(set()), bool({0}), bool(None), bool(range(0)), bool(range(1)))
print(bool(), bool(10 ** 100), bool(-10 ** 100))
print(True == 1, True is True, (1 == 1) is True, True and 3, False or 'x')
print(sum([True, False, True, True]), [1, 2, 3][True], {True: 'a', 1: 'b'})
print(True > False, max(False, True), sorted([True, False, True]))
print(str(True).upper(), f'{True}', '%s %d' % (False, True), format(True, 'd'))
print(int(True), float(False), hex(True), True.__class__.__name__)
print(True & True, True | False, True ^ True, False ^ False)
class Empty:
    pass
print(bool(Empty()), bool(Empty), bool(print), bool(int))
