# An exception that escapes the main coroutine leaves asyncio.run with its traceback (the
# pending task is cancelled on the way out, and its finally block runs).
import asyncio


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleaned up")


async def fail():
    await asyncio.sleep(0)
    raise ValueError("task failed")


async def main():
    asyncio.create_task(background())
    print("before")
    await asyncio.gather(fail())
    print("not reached")


asyncio.run(main())
