# throw() and close() on a coroutine suspended deep in a chain of awaits reach the innermost
# awaitable first, as an event loop's cancellation does.


class Pause:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        try:
            yield self.name
        except LookupError as e:
            print("Pause", self.name, "saw", repr(e))
            raise
        finally:
            print("Pause", self.name, "finally")


class Handles:
    """An awaitable iterator (not a generator) with its own throw()."""

    def __init__(self):
        self.steps = 0

    def __await__(self):
        return self

    def __next__(self):
        self.steps += 1
        if self.steps > 2:
            raise StopIteration("handled result")
        return "step%d" % self.steps

    def throw(self, *args):
        print("Handles.throw got", repr(args[0]))
        raise StopIteration("from throw")


async def inner(name):
    try:
        return await Pause(name)
    except KeyError as e:
        print("inner caught", repr(e))
        return "inner recovered"


async def middle(name):
    value = await inner(name)
    print("middle got", value)
    await Pause(name + "-again")
    return "middle done"


async def outer(name):
    try:
        return await middle(name)
    except IndexError as e:
        print("outer caught", repr(e))
        return "outer recovered"


c = outer("a")
print("yield", c.send(None))
print("yield", c.throw(KeyError("k")))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

c = outer("b")
c.send(None)
print("yield", c.throw(KeyError("first")))
try:
    c.throw(IndexError("second"))
except StopIteration as e:
    print("result", e.value)

c = outer("c")
c.send(None)
try:
    c.throw(ValueError("nobody catches"))
except ValueError as e:
    print("escaped", repr(e))

c = outer("d")
c.send(None)
c.close()
print("closed")


async def uses_handles():
    return await Handles()


c = uses_handles()
print(c.send(None))
try:
    c.throw(KeyError("x"))
except StopIteration as e:
    print("result", e.value)

c = uses_handles()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)


def gen_inner():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "gen caught"


def gen_outer():
    result = yield from gen_inner()
    return result


g = gen_outer()
print(next(g), g.throw(KeyError))
g.close()
print("generator delegation too")
