class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        obj.tagged = True
        return obj

    def describe(cls):
        return "class " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Base(metaclass=Meta):
    x = 1
    def __init__(self, v=0):
        self.v = v


class Child(Base):
    y = 2


print(type(Base) is Meta, type(Child) is Meta, type(Meta) is type)
print(Base.created_by, Child.created_by)
print(Base.describe(), Child.describe(), Child.upper_name)
c = Child(5)
print(c.v, c.tagged, isinstance(c, Base), isinstance(Child, Meta), isinstance(Base, type))
print(issubclass(Meta, type), Meta.__mro__ == (Meta, type, object))
print(repr(Base), str(Child))
print(Child.__class__ is Meta)


class WithKw(Base, flag=True):
    pass


# type() three-argument form
Point = type("Point", (object,), {"x": 0, "move": lambda self, d: self.x + d})
p = Point()
print(Point.__name__, p.move(3), type(p) is Point, Point.__bases__ == (object,))
Sub = type("Sub", (Base,), {})
print(type(Sub) is Meta)

# __prepare__
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

class O(metaclass=Ordered, extra=1):
    a = 1

print(O.injected, O.a)

# metaclass conflict
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Bad(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)

# derived metaclass wins
class M3(M1): pass
class A3(metaclass=M3): pass
class Mixed(A1, A3): pass
print(type(Mixed).__name__)

# __instancecheck__ / __subclasscheck__
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")

class Quacker(metaclass=Duck): pass
class Mallard:
    def quack(self): return "quack"
print(isinstance(Mallard(), Quacker), isinstance(3, Quacker), issubclass(Mallard, Quacker), issubclass(int, Quacker))

# metaclass __getitem__, __iter__, __len__, __contains__
class Registry(type):
    def __iter__(cls):
        return iter(cls._items)
    def __len__(cls):
        return len(cls._items)
    def __getitem__(cls, i):
        return cls._items[i]
    def __contains__(cls, x):
        return x in cls._items
    def __repr__(cls):
        return "<Registry " + cls.__name__ + ">"

class Colors(metaclass=Registry):
    _items = ["red", "green"]

print(list(Colors), len(Colors), Colors[1], "red" in Colors, "blue" in Colors, repr(Colors), [Colors])

# metaclass __setattr__ blocks assignment
class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError("cannot set " + name)
class F(metaclass=Frozen):
    a = 1
try:
    F.a = 2
except AttributeError as e:
    print("AttributeError:", e)
print(F.a)

# a function as metaclass
def make(name, bases, ns):
    ns["made"] = True
    return type(name, bases, ns)
class G(metaclass=make): pass
print(G.made, type(G) is type)

# __call__ returning something else
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self):
        print("init One")
print(One() is One())
