# Async generators: yield inside async def, __anext__/asend/athrow/aclose, finally blocks,
# and StopAsyncIteration at the end.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield


async def numbers(n):
    try:
        for i in range(n):
            await Pause()
            yield i
        print("numbers exhausted")
    finally:
        print("numbers finally")


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
            print("echo got", value)
    except ValueError as e:
        print("echo caught", e)
        yield "recovered"
    finally:
        print("echo finally", received)


async def main():
    g = numbers(3)
    print(type(g).__name__, g.__name__)
    print(g.__aiter__() is g)
    print(await g.__anext__())
    print(await g.__anext__())
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration again")

    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    print(await e.athrow(ValueError("stop it")))
    await e.aclose()
    print("closed")

    g = numbers(5)
    async for v in g:
        if v == 1:
            break
    await g.aclose()
    print("aclose after break done")

    g = numbers(2)
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed before start")

    aw = numbers(2).__anext__()
    print(type(aw).__name__)


run(main())
