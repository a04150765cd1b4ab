# Closures used as objects: factories, partial application, memo caches, and event handlers.
def partial(fn, *bound):
    def call(*rest):
        return fn(*(bound + rest))
    return call
def volume(l, w, h):
    return l * w * h
base = partial(volume, 2, 3)
print(base(4), base(10), partial(volume, 1, 1, 1)())
def make_cache():
    store = {}
    hits = [0]
    def get(key, compute):
        if key in store:
            hits[0] += 1
            return store[key]
        store[key] = compute(key)
        return store[key]
    def stats():
        return len(store), hits[0]
    return get, stats
get, stats = make_cache()
for k in [1, 2, 1, 3, 2, 1]:
    print(k, get(k, lambda v: v * 100))
print(stats())
def event_bus():
    handlers = {}
    def on(name, fn):
        handlers.setdefault(name, []).append(fn)
    def emit(name, *args):
        return [fn(*args) for fn in handlers.get(name, [])]
    return on, emit
on, emit = event_bus()
on('greet', lambda who: 'hello ' + who)
on('greet', lambda who: 'hi ' + who.upper())
on('sum', lambda *n: sum(n))
print(emit('greet', 'ann'), emit('sum', 1, 2, 3), emit('none'))
def make_adders():
    return [(lambda x, n=n: x + n) for n in range(5)]
print([add(100) for add in make_adders()])
def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
nxt = fib_gen()
print([nxt() for _ in range(15)])
