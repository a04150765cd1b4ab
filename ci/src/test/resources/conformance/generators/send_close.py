# Generator methods: send, throw, close; GeneratorExit; the value returned with StopIteration.
def echo():
    print('  echo started')
    received = None
    while True:
        received = yield 'got %r' % (received,)
        if received == 'stop':
            return 'stopped cleanly'
e = echo()
print(next(e))
print(e.send('hello'))
print(e.send(42))
try:
    e.send('stop')
except StopIteration as s:
    print('StopIteration value:', s.value)
def averager():
    total, count = 0.0, 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(x) for x in (10, 20, 60, 10)])
def guarded():
    try:
        while True:
            yield 'tick'
    except GeneratorExit:
        print('  cleanup on close')
        raise
    finally:
        print('  finally on close')
g = guarded()
print(next(g), next(g))
g.close()
print('closed; next gives', next(g, 'nothing'))
g.close()
def catcher():
    while True:
        try:
            yield
        except ValueError as err:
            print('  caught inside:', err)
            yield 'recovered'
c = catcher()
next(c)
print(c.throw(ValueError('injected')))
try:
    c.throw(KeyError('unhandled'))
except KeyError as k:
    print('propagated:', k)
def not_started():
    yield 1
ns = not_started()
try:
    ns.send('x')
except TypeError as t:
    print('TypeError:', t)
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bc = bad_close()
next(bc)
try:
    bc.close()
except RuntimeError as r:
    print('RuntimeError:', r)
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
acc = accumulate()
next(acc)
for v in (1, 2, 3):
    acc.send(v)
try:
    acc.send(None)
except StopIteration as s:
    print('final total', s.value)
