# Event, Lock, Semaphore and Condition between tasks: who runs when, in CPython's order.
import asyncio


async def waiter(event, name):
    print(name, "waits")
    await event.wait()
    print(name, "wakes")
    return name


async def with_lock(lock, name, log):
    async with lock:
        log.append(name + "+")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(name + "-")


async def consumer(cond, box, name):
    async with cond:
        await cond.wait_for(lambda: box)
        print(name, "takes", box.pop())


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("x", "y", "z")]
    await asyncio.sleep(0)
    print("set?", event.is_set())
    event.set()
    print(await asyncio.gather(*tasks))
    print(await event.wait(), event.is_set())
    event.clear()
    print("cleared", event.is_set())

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(with_lock(lock, n, log) for n in "abc"))
    print(log, lock.locked())
    await lock.acquire()
    print("acquired", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(with_lock(sem, n, log) for n in "abcde"))
    print(log, sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    box = []
    consumers = [asyncio.create_task(consumer(cond, box, n)) for n in ("c1", "c2")]
    await asyncio.sleep(0)
    for item in ("first", "second"):
        async with cond:
            box.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    print("box empty:", box == [])


asyncio.run(main())
