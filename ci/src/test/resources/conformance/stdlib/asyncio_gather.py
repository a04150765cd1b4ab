# asyncio.run and gather: tasks take turns at each await in CPython's order (a FIFO of ready
# callbacks), results come back in argument order, and exceptions either propagate or are
# returned.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "done")
    return name * steps


async def failing(name, steps):
    for i in range(steps):
        await asyncio.sleep(0)
    raise ValueError(name + " failed")


async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(results)
    print(await asyncio.gather())
    mixed = await asyncio.gather(worker("x", 1), failing("y", 1), worker("z", 2), return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ + ": " + str(r) for r in mixed])
    try:
        await asyncio.gather(failing("first", 1), worker("slow", 3))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    nested = await asyncio.gather(asyncio.gather(worker("n1", 1), worker("n2", 1)), worker("n3", 1))
    print(nested)
    same = worker("same", 1)
    print(await asyncio.gather(same, same))
    return "main result"


print(asyncio.run(main()))
print(asyncio.run(worker("again", 2)))
