# Generator functions: lazy evaluation order, exhaustion, StopIteration, generator objects in builtins.
def numbers(n):
    print('  start')
    for i in range(n):
        print('  yielding', i)
        yield i
    print('  end')
g = numbers(3)
print('created', type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(next(g, 'exhausted'))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.args)
def squares(limit):
    n = 1
    while n * n <= limit:
        yield n * n
        n += 1
print(list(squares(50)), sum(squares(1000)), max(squares(99)), 49 in squares(100))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
gen = naturals()
print([next(gen) for _ in range(5)], next(gen))
for x in naturals():
    if x > 3:
        break
    print('loop', x)
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(4, naturals())), list(take(10, 'abc')))
def empty():
    return
    yield
print(list(empty()), iter(g) is g)
def with_return():
    yield 1
    return 'result'
print(list(with_return()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(20, fib())))
