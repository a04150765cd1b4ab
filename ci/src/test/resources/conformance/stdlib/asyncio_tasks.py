# Tasks: create_task starts a coroutine at the next turn of the loop; done/result/cancel,
# CancelledError reaching try/finally deep in the awaited chain, task names, current_task.
import asyncio


async def counter(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name + " finished"


async def sleepy_inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner saw CancelledError")
        raise
    finally:
        print("inner finally")


async def sleepy_outer():
    try:
        await sleepy_inner()
    finally:
        print("outer finally")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    return "stubborn result"


async def main():
    me = asyncio.current_task()
    print("main task", me.get_name(), me.done())
    t = asyncio.create_task(counter("t", 3))
    print("created, done =", t.done())
    await asyncio.sleep(0)
    print("main after one turn")
    print(await t, t.done(), t.result(), t.cancelled())
    print("cancel a finished task:", t.cancel())

    t = asyncio.create_task(sleepy_outer(), name="sleepy")
    print(t.get_name())
    await asyncio.sleep(0)
    print("cancel:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting it raised CancelledError;", t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError too")

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    t = asyncio.create_task(counter("never started", 2))
    t.cancel("no thanks")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled before starting:", e.args)

    t = asyncio.create_task(counter("u", 1))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t

    tasks = [asyncio.create_task(counter("g%d" % i, 2)) for i in range(3)]
    done = await asyncio.gather(*tasks)
    print(done)

    async def boom():
        raise KeyError("in task")

    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except KeyError as e:
        print("result re-raises", repr(e))
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(f.set_result, "from call_soon")
    print(await f)
    print(asyncio.iscoroutinefunction(counter), asyncio.iscoroutinefunction(print))
    c = counter("c", 0)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(t))
    print(await c)


asyncio.run(main())
