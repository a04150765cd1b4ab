# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__, suppression, and
# leaving the block by return, break and continue.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Pause()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Pause()
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


async def body_kinds():
    async with Manager("plain") as v:
        print("inside", v)
    async with Manager("quiet", suppress=True):
        raise ValueError("swallowed")
    print("after quiet")
    try:
        async with Manager("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", e)
    async with Manager("a") as a, Manager("b") as b:
        print("two", a, b)


async def leaves(kind):
    for i in range(3):
        async with Manager(kind + str(i)):
            if kind == "break":
                break
            if kind == "continue":
                continue
            if kind == "return":
                return "returned " + str(i)
        print("not reached", kind)
    return "loop over"


run(body_kinds())
for kind in ("break", "continue", "return"):
    print(run(leaves(kind)))


class NoAexit:
    async def __aenter__(self):
        return 1


class Sync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


async def errors():
    for obj in (1, NoAexit(), Sync()):
        try:
            async with obj:
                print("not reached")
        except TypeError as e:
            print("TypeError:", e)


run(errors())


class Failing:
    async def __aenter__(self):
        raise RuntimeError("enter failed")

    async def __aexit__(self, *a):
        print("never called")


async def failing():
    try:
        async with Failing():
            print("not reached")
    except RuntimeError as e:
        print("RuntimeError:", e)


run(failing())
