# asyncio.Queue between producers and consumers: put waits while full, get waits while
# empty, task_done/join, the nowait forms and their exceptions, LIFO and priority queues.
import asyncio


async def producer(q, name, n):
    for i in range(n):
        await q.put(name + str(i))
        print("put", name + str(i), "size", q.qsize())
    print("producer", name, "done")


async def consumer(q, name, log):
    while True:
        item = await q.get()
        log.append(name + ":" + item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    log = []
    consumers = [asyncio.create_task(consumer(q, "c" + str(i), log)) for i in range(2)]
    await asyncio.gather(producer(q, "p", 4), producer(q, "q", 2))
    await q.join()
    print("joined", q.empty(), q.qsize())
    print(log)
    for c in consumers:
        c.cancel()
    print([type(r).__name__ for r in await asyncio.gather(*consumers, return_exceptions=True)])

    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print(q.qsize(), [q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        for _ in range(4):
            q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for x in (3, 1, 4, 1, 5):
        lifo.put_nowait(x)
        prio.put_nowait(x)
    print([lifo.get_nowait() for _ in range(5)], [prio.get_nowait() for _ in range(5)])

    waiting = asyncio.Queue()

    async def late_put():
        await asyncio.sleep(0.002)
        await waiting.put("arrived")

    asyncio.create_task(late_put())
    print(await waiting.get())
    try:
        await asyncio.wait_for(waiting.get(), 0.002)
    except asyncio.TimeoutError:
        print("get timed out; getters left:", len(waiting._getters))


asyncio.run(main())
