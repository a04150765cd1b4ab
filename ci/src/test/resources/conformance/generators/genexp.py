# Generator expressions: laziness, single pass, as call arguments, nested and chained.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ['a', 'abc', 'ab']), any(x > 3 for x in [1, 5]))
print(sorted((c for c in 'hello'), reverse=True), tuple(i for i in 'ab'), set(x % 3 for x in range(9)))
print(dict((k, len(k)) for k in ['one', 'three']), ''.join(ch.upper() for ch in 'shout'))
log = []
def source():
    for i in range(4):
        log.append('produce %d' % i)
        yield i
lazy = (v * 10 for v in source())
print('nothing yet:', log)
print(next(lazy), log)
print(list(lazy), log)
pairs = ((a, b) for a in range(3) for b in range(3) if a < b)
print(list(pairs))
evens = (n for n in range(20) if n % 2 == 0)
squares = (n * n for n in evens)
small = (n for n in squares if n < 150)
print(list(small))
lines = ['  alpha ', '', ' beta', '   ', 'gamma  ']
cleaned = (l.strip() for l in lines)
nonempty = [l for l in cleaned if l]
print(nonempty)
x = 10
gen = (x + i for i in range(3))
x = 100
print(list(gen))
first = next((n for n in range(100) if n * n > 50), None)
none = next((n for n in range(5) if n > 10), 'none found')
print(first, none)
print(all(c.isdigit() for c in '12345'), all(c.isdigit() for c in '12a45'), any(()), all(()))
