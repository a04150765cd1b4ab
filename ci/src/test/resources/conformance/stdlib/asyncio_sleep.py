# Timers: sleeps end in the order of their delays, wait_for times out (TimeoutError) or
# answers, call_later runs callbacks in time order, and the loop's clock moves on.
import asyncio


async def sleeper(name, delay, log):
    log.append("start " + name)
    await asyncio.sleep(delay)
    log.append("end " + name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    log = []
    results = await asyncio.gather(sleeper("c", 0.006, log), sleeper("a", 0.002, log), sleeper("b", 0.004, log))
    print(results)
    print(log)

    try:
        await asyncio.wait_for(sleeper("slow", 1, log), timeout=0.003)
    except asyncio.TimeoutError:
        print("wait_for timed out; TimeoutError is builtin:", asyncio.TimeoutError is TimeoutError)
    print(log[-2:])
    print(await asyncio.wait_for(sleeper("fast", 0.001, log), timeout=1))
    print(await asyncio.wait_for(sleeper("no limit", 0, log), timeout=None))

    order = []
    start = loop.time()
    loop.call_later(0.004, order.append, "late")
    loop.call_later(0.001, order.append, "early")
    loop.call_soon(order.append, "soon")
    handle = loop.call_later(0.002, order.append, "cancelled")
    handle.cancel()
    await asyncio.sleep(0.005)
    print(order, loop.time() - start >= 0.005)
    print(await asyncio.sleep(0.001, result="sleep result"))
    short = []
    for d in (0.0003, 0.0007, 0.0011, 0.0013, 0.0017, 0.0019, 0.0023, 0.0029):
        t0 = loop.time()
        await asyncio.sleep(d)
        if loop.time() - t0 < d:
            short.append(d)
    print("sleeps that looked short on the loop's clock:", short)

    async def chained(name, delays):
        for d in delays:
            await asyncio.sleep(d)
        print(name, "chained sleeps done")

    await asyncio.gather(chained("short", [0.001, 0.001]), chained("long", [0.003, 0.003]))

    try:
        async with asyncio.timeout(0.002):
            await asyncio.sleep(1)
    except TimeoutError:
        print("asyncio.timeout expired")
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    print("asyncio.timeout not needed")


asyncio.run(main())
