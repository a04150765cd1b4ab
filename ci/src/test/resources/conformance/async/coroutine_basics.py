# Coroutines without an event loop: async def, await chains, __await__, send/throw/close,
# and the errors CPython gives for misuse.


def run(coro):
    """Drives a coroutine to its end, printing what it yields; answers its return value."""
    try:
        while True:
            print("  yielded", coro.send(None))
    except StopIteration as e:
        return e.value


class Ticks:
    """An awaitable: __await__ answers an iterator (here a generator)."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            yield "tick%d" % i
        return "ticked %d" % self.n


async def add(a, b):
    return a + b


async def chain(n):
    if n == 0:
        return await Ticks(1)
    return "chain(" + str(await chain(n - 1)) + ")"


async def main():
    print("add", await add(2, 3))
    print("ticks", await Ticks(2))
    print("chain", await chain(2))
    total = 0
    for i in range(5):
        total += await add(i, i)
    print("total", total)
    return "main done"


c = main()
print(type(c).__name__, c.__name__, c.__qualname__)
print("result", run(c))


class Box:
    async def method(self, x):
        return x * 2


b = Box()
print(Box.method.__qualname__, run(b.method(21)))

# send values into a coroutine through an await
class Receiver:
    def __await__(self):
        got = yield "ready"
        got2 = yield "again " + str(got)
        return [got, got2]


async def receive():
    return await Receiver()


r = receive()
print(r.send(None))
print(r.send(10))
try:
    r.send(20)
except StopIteration as e:
    print("stop", e.value)

# errors
class NotIterator:
    def __await__(self):
        return 42


async def bad_awaits():
    for bad in (3, None, "s", NotIterator()):
        try:
            await bad
        except TypeError as e:
            print("TypeError:", e)


run(bad_awaits())

c = add(1, 1)
print("first", run(c))
try:
    run(c)
except RuntimeError as e:
    print("RuntimeError:", e)

c = add(1, 1)
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()

for what in (iter, next):
    c = add(1, 2)
    try:
        what(c)
    except TypeError as e:
        print("TypeError:", e)
    c.close()


async def raiser():
    await Ticks(1)
    raise KeyError("inside")


c = raiser()
c.send(None)
try:
    c.send(None)
except KeyError as e:
    print("KeyError:", e)


async def returns_in_finally():
    try:
        await Ticks(1)
    finally:
        print("finally runs")
    return 5


print(run(returns_in_finally()))
