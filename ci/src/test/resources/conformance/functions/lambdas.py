# lambda expressions: as arguments, in data structures, with defaults, returning lambdas.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, z=2))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b}
for sym in ops:
    print(6, sym, 3, '=', ops[sym](6, 3))
pairs = [(1, 'one'), (3, 'three'), (2, 'two'), (4, 'four')]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x ** 2, range(6))), list(filter(lambda x: x % 2, range(10))))
def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), make_multiplier(10)(4))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(double, lambda x: x + 1)
print(inc_then_double(4))
fns = [lambda x, i=i: x + i for i in range(4)]
print([fn(10) for fn in fns])
late = [lambda x: x + i for i in range(4)]
print([fn(10) for fn in late])
print(square.__name__, (lambda: 0).__name__, callable(square))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
