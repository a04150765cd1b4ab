async def f():
    await x
    await f()
    async for x in y:
        pass
    async for x in y:
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b:
        pass
    async with (a as b, c as d):
        pass
    [x async for x in y]
    [await x for x in y]
    {x async for x in y}
    {k: v async for k, v in y}
    (x async for x in y)
    return await x

@dec
async def g(a, *, b=1) -> int:
    return await a ** 2

async def h():
    yield
    x = await a + await b
    await (await c)

async_ = 1
await_ = 2
