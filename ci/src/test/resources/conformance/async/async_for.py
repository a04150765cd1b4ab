# async for over objects with __aiter__/__anext__ and over async generators: else, break,
# continue, nesting, and the errors for objects that are not async iterables.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    """Awaiting it suspends once (an event loop would get None)."""

    def __await__(self):
        yield


class Countdown:
    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Pause()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1


async def squares(n):
    for i in range(n):
        await Pause()
        yield i * i


async def main():
    async for i in Countdown(3):
        print("countdown", i)
    else:
        print("countdown else")
    async for v in squares(6):
        if v == 1:
            continue
        if v > 10:
            print("break at", v)
            break
        print("square", v)
    else:
        print("not reached")
    pairs = []
    async for a in squares(3):
        async for b in Countdown(2):
            pairs.append((a, b))
    print(pairs)
    async for x, y in Pairs():
        print("unpacked", x, y)
    total = 0
    async for v in squares(0):
        total += 1
    print("empty loop ran", total)


class Pairs:
    def __init__(self):
        self.items = [(1, "a"), (2, "b")]

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


run(main())


class NoAnext:
    def __aiter__(self):
        return 1


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class Raises:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("from __anext__")


async def errors():
    for obj in (5, [1, 2], NoAnext(), BadAnext(), Raises()):
        try:
            async for x in obj:
                print("got", x)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)


run(errors())


async def exceptions_in_body():
    try:
        async for v in squares(3):
            if v == 1:
                raise KeyError(v)
    except KeyError as e:
        print("KeyError from body", e)
    return "ok"


print(run(exceptions_in_body()))
