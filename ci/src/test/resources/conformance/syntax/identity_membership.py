# is / is not / in / not in with lists, strings, dicts, sets and user __contains__, and pass.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, True is not False)
print(3 in [1, 2, 3], 'ell' in 'hello', 'x' not in 'hello', 2 in {2: 'k'}, 'k' in {2: 'k'}, 5 in {5, 6})
print((1, 2) in [(1, 2)], [1] in [[1]], 1 in range(3), 10 not in range(3), '' in '')
print(1 in [1.0], 1.0 in {1}, True in [1], None in [None], 0 in [False])
class Always:
    def __contains__(self, item):
        return True
class Never:
    def __contains__(self, item):
        return 0
print('x' in Always(), 'x' not in Always(), 'x' in Never(), 'x' not in Never())
x = 5
print(1 < x in range(10) != False, x in [5] in [[5]])
for value in ([], [0], '', 'a'):
    if value:
        pass
    else:
        print('empty:', repr(value))
class Placeholder:
    pass
def todo():
    pass
print(todo(), Placeholder.__name__)
