# Comprehensions have their own scope: loop variables do not leak, but they see enclosing names.
x = 'module x'
squares = [x * x for x in range(5)]
print(squares, x)
def f():
    factor = 3
    return [v * factor for v in range(4)], {v: factor for v in 'ab'}, {v % factor for v in range(10)}
print(f())
def g():
    funcs = [lambda: v for v in range(3)]
    return [fn() for fn in funcs]
print(g())
def nested():
    return [[i * j for j in range(i)] for i in range(4)]
print(nested())
class C:
    base = 10
    values = [i for i in range(3)]
    try:
        broken = [base + i for i in range(3)]
    except NameError as e:
        error = str(e)
print(C.values, C.error)
def walrus_leak():
    [found := n for n in range(10) if n * n > 20]
    return found
print(walrus_leak())
total = sum(i for i in range(10))
print(total, 'i' in dir())
