# TypeError messages for wrong calls, caught and printed.
def f(a, b, c=3):
    return a + b + c
def kw(*, key):
    return key
def pos(x, /):
    return x
five, text = 5, 'abc'
calls = [
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: kw(1),
    lambda: kw(),
    lambda: pos(x=1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: five(),
    lambda: text(),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: int('5', 10, 1),
    lambda: abs('x'),
    lambda: f(1, **{'b': 2, 'c': 3}, c=4),
]
for call in calls:
    try:
        print('ok', call())
    except TypeError as e:
        print('TypeError:', e)
class K:
    def method(self, x):
        return x
    def noself():
        return 1
k = K()
for call in (lambda: k.method(), lambda: k.method(1, 2), lambda: k.noself(), lambda: K.method(1)):
    try:
        print('ok', call())
    except TypeError as e:
        print('TypeError:', e)
try:
    K(1)
except TypeError as e:
    print('TypeError:', e)
