# yield from: delegation to sub-generators and iterables, passing send() through, collecting return values.
def inner(n):
    for i in range(n):
        yield 'inner %d' % i
    return 'inner done %d' % n
def outer():
    r1 = yield from inner(2)
    print('  got', r1)
    r2 = yield from inner(1)
    print('  got', r2)
    yield from 'xy'
    yield from [10, 20]
    return 'outer done'
for v in outer():
    print(v)
def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, 4], [[5]]], 6, [[[]]]])))
def echo_sub():
    while True:
        v = yield
        if v is None:
            return 'sub finished'
        print('  sub received', v)
def delegator():
    result = yield from echo_sub()
    print('  delegator got', result)
    yield 'after'
d = delegator()
next(d)
d.send('a')
d.send('b')
print(d.send(None))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain(range(3), 'ab', (None,), {'k': 1})))
def tree_walk(node, depth=0):
    name, children = node
    yield '  ' * depth + name
    for child in children:
        yield from tree_walk(child, depth + 1)
tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [('b1', [('b1x', [])])])])
for line in tree_walk(tree):
    print(line)
def gen_with_stop_value():
    x = yield from range(3)
    return x
g = gen_with_stop_value()
print(list(g))
