from abc import ABC, abstractmethod


class PluginMeta(type):
    """Registers every concrete class and counts instances made through it."""

    registry = {}

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if not ns.get("abstract", False):
            mcs.registry[name.lower()] = cls
        cls.made = 0
        return cls

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        cls.made += 1
        return instance

    @property
    def kind(cls):
        return "plugin:" + cls.__name__

    def create(cls, key, *args):
        return cls.registry[key](*args)


class Plugin(metaclass=PluginMeta):
    abstract = True

    def __init__(self, value=None):
        self.value = value


class Echo(Plugin):
    def run(self):
        return self.value


class Double(Plugin):
    def run(self):
        return self.value * 2


print(sorted(PluginMeta.registry), Echo.kind, Plugin.create("double", 21).run())
e = Echo("hi")
print(e.run(), Echo.made, Double.made, Plugin.made)
print(hasattr(e, "kind"), hasattr(Echo, "create"), type(Echo).__name__)
try:
    e.create
except AttributeError as err:
    print("AttributeError:", err)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


print(Sq(3).area(), isinstance(Sq(1), Shape))
try:
    Shape()
except TypeError as err:
    print("TypeError:", err)


# a metaclass that adds methods and validates the class body
class Validated(type):
    def __new__(mcs, name, bases, ns, required=()):
        for attr in required:
            if attr not in ns:
                raise TypeError(f"{name} must define {attr}")
        ns["validated"] = True
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, required=()):
        super().__init__(name, bases, ns)
        cls.required = required


class Good(metaclass=Validated, required=("x",)):
    x = 1


print(Good.validated, Good.required)
try:
    class Bad(metaclass=Validated, required=("y",)):
        x = 1
except TypeError as err:
    print("TypeError:", err)


# type.__new__ and type.__call__ called directly
class Tracer(type):
    def __call__(cls, *args):
        print("making", cls.__name__, args)
        return type.__call__(cls, *args)


class Traced(metaclass=Tracer):
    def __init__(self, a):
        self.a = a


print(Traced(4).a)
Dyn = Tracer("Dyn", (), {"z": 26})
print(type(Dyn).__name__, Dyn.z, Dyn().z)
print(type.__new__(type, "T", (), {"q": 1}).q)
try:
    type("X", (1,), {})
except TypeError as err:
    print("TypeError:", err)


# the metaclass is inherited and its attributes are shared
class Counter(type):
    count = 0

    def __init__(cls, *args):
        super().__init__(*args)
        Counter.count += 1


class A(metaclass=Counter): pass
class B(A): pass
class C(B): pass


print(Counter.count, type(C) is Counter, isinstance(C, Counter), issubclass(type(B), type))
