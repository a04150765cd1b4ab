class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin, name="alpha-plugin"):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, name="g"):
    pass


print(Plugin.registry, Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Plain(object, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counted:
    count = 0

    @classmethod
    def __init_subclass__(cls):
        Counted.count += 1


class C1(Counted): pass
class C2(C1): pass
print(Counted.count)


# __set_name__
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.owner = owner


class Holder:
    first = Named()
    second = Named()


print(Holder.first.name, Holder.second.name, Holder.second.owner is Holder)

# __set_name__ runs before __init_subclass__
class Parent:
    def __init_subclass__(cls):
        print("init_subclass sees", cls.attr.name)


class Kid(Parent):
    attr = Named()

# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"


print(Box[int])

# init_subclass with a metaclass and keywords
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns, **kw)

class Root(metaclass=Meta):
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag

class Leaf(Root, tag="leaf"): pass
print(Leaf.tag, type(Leaf).__name__)
object.__init_subclass__()
try:
    object.__init_subclass__(x=1)
except TypeError as e:
    print("TypeError:", e)
