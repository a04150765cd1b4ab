# Lookups that the interpreter caches (per-thread type cache, per-instruction position hints)
# must see every change: to classes, instance dicts, globals and builtins.


class Base:
    kind = "base"

    def who(self):
        return "Base.who"


class C(Base):
    def __init__(self, a, b):
        self.a = a
        self.b = b


def read_a(o):
    return o.a


def read_kind(o):
    return o.kind


def call_who(o):
    return o.who()


objs = [C(i, -i) for i in range(5)]
print([read_a(o) for o in objs], [read_kind(o) for o in objs], call_who(objs[0]))

# a class attribute added later shadows nothing in the instance, but a property does
C.kind = "C"
print(read_kind(objs[1]))
C.a = property(lambda self: "prop-a")
print(read_a(objs[1]))
del C.a
print(read_a(objs[1]))

# methods replaced and deleted on a base class
Base.who = lambda self: "replaced"
print(call_who(objs[2]))
del Base.who
try:
    call_who(objs[2])
except AttributeError as e:
    print("AttributeError:", e)

# changes through setattr on a base class
setattr(Base, "kind", "via setattr")
del C.kind
print(read_kind(objs[3]))

# instance dicts with other layouts at the same instruction
class D:
    pass


d1 = D()
d1.z = 0
d1.a = "d1"
d2 = D()
d2.a = "d2"
d2.z = 1
print(read_a(d1), read_a(d2), read_a(objs[4]))
del d1.a
d1.a = "again"
print(read_a(d1), d1.__dict__)
try:
    del d2.a
    read_a(d2)
except AttributeError as e:
    print("AttributeError:", e)


# a __setattr__ added after stores were cached
def store(o, v):
    o.a = v


store(objs[0], 100)
C.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 2)
store(objs[0], 100)
print(objs[0].a)
del C.__setattr__
store(objs[0], 7)
print(objs[0].a)


# globals and builtins
def use_len():
    return len([1, 2, 3])


print(use_len())
len = lambda x: "global len"
print(use_len())
del len
print(use_len())


def counter():
    return COUNT


COUNT = 1
print(counter())
COUNT = 2
print(counter())
globals()["COUNT"] = 3
print(counter())
del COUNT
try:
    counter()
except NameError as e:
    print("NameError:", e)


# a class created later with the same attribute names
for i in range(3):
    class E:
        def who(self):
            return "E" + str(i)

    print(call_who(E()))
