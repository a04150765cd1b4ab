# __getattribute__ defined in Python: every attribute read goes through it (methods too),
# object.__getattribute__ is the generic read, an AttributeError from it falls back to
# __getattr__, and subclasses inherit it.
class Logged:
    def __init__(self):
        self.x = 1
        self.reads = []

    def __getattribute__(self, name):
        if name != "reads":
            object.__getattribute__(self, "reads").append(name)
        if name == "virtual":
            return "made up"
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name

    def hello(self):
        return "hello"


a = Logged()
print(a.x, a.virtual, a.missing, a.hello())
for i in range(3):
    a.x += 1
print(a.x, a.reads)


class Sub(Logged):
    def __getattribute__(self, name):
        if name == "x":
            return -1
        return super().__getattribute__(name)


b = Sub()
print(b.x, b.hello(), b.nothing_here)
print(getattr(b, "x"), hasattr(b, "x"), getattr(b, "zz", "dflt"))


class Strict:
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        raise AttributeError("no public attributes: " + name)


s = Strict()
try:
    s.anything
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "anything"), type(s).__name__)
try:
    object.__getattribute__(s, 5)
except TypeError as e:
    print("TypeError:", e)
