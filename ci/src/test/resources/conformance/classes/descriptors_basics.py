class Typed:
    """A data descriptor that checks the type of what is stored."""

    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Person:
    age = Typed(int)
    name = Typed(str)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Person.age, Typed))
# data descriptor wins over the instance dict
p.__dict__["age"] = 99
print(p.age)
del p.age
print(hasattr(p, "_age"))


class Lazy:
    """A non-data descriptor: the instance dict wins once filled."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        print("computed", self.fn.__name__)
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area)
c.area = 5
print(c.area)


class Const:
    def __get__(self, obj, objtype=None):
        return ("const", obj is None, objtype.__name__)


class K:
    c = Const()


print(K.c, K().c)


class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 7

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class R:
    v = ReadOnly()


r = R()
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)
print(r.v)


# a descriptor inherited by subclasses, and one reached through super()
class Base:
    k = Const()
class Derived(Base):
    pass
print(Derived().k, Derived.k)


# function attributes
def f(a, b=2):
    """doc"""
    return a + b

f.tag = "x"
f.__name__ = "g"
f.__qualname__ = "Q.g"
f.__doc__ = "new doc"
f.__defaults__ = (10,)
f.__module__ = "mod"
print(f.tag, f.__name__, f.__qualname__, f.__doc__, f(1), f.__module__, f.__dict__)
f.__dict__["other"] = 3
print(f.other)
print(getattr(f, "missing", "none"))
