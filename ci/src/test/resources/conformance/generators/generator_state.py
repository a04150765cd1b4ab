# Generator state: locals survive between yields, exceptions inside generators, and gi_ attributes.
def stateful():
    count = 0
    items = []
    while count < 3:
        count += 1
        items.append(count)
        yield count, list(items)
for state in stateful():
    print(state)
def raises_midway():
    yield 1
    yield 2
    raise ValueError('generator failed')
g = raises_midway()
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    print(out, 'ValueError:', e)
print(next(g, 'finished after error'))
def gen_in_try():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('  generator finally')
for x in gen_in_try():
    print(x)
g2 = gen_in_try()
print(next(g2))
g2.close()
print('after close')
def stop_inside():
    yield 1
    raise StopIteration('converted')
try:
    list(stop_inside())
except RuntimeError as e:
    print('RuntimeError:', e)
def counter():
    i = 0
    while True:
        i += 1
        yield i
c = counter()
print(c.__name__, next(c), next(c))
def recursive_gen(n):
    if n > 0:
        yield n
        yield from recursive_gen(n - 1)
        yield -n
print(list(recursive_gen(3)))
def running():
    g = yield 'self'
    yield g
r = running()
print(next(r), r.send('sent'))
def two_gens():
    a = counter()
    b = counter()
    return [next(a), next(a), next(b), next(a), next(b)]
print(two_gens())
