# Comprehensions in async functions: async for clauses, await in the element, async
# generator expressions.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield


async def arange(n):
    for i in range(n):
        await Pause()
        yield i


async def double(x):
    await Pause()
    return 2 * x


async def main():
    print([x async for x in arange(5)])
    print([x async for x in arange(6) if x % 2])
    print({x: x * x async for x in arange(4)})
    print(sorted({x % 3 async for x in arange(7)}))
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in arange(3)])
    print([(a, b) async for a in arange(2) for b in "xy"])
    print([(a, b) for a in "pq" async for b in arange(2)])
    print([[y async for y in arange(x)] async for x in arange(4)])
    gen = (x * 10 async for x in arange(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    gen = (await double(x) for x in range(3))
    print([v async for v in gen])


run(main())
