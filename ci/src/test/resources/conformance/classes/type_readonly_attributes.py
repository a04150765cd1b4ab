# A class's __mro__ and __dict__ cannot be assigned; __name__, __qualname__ and ordinary
# attributes can, through the class or through its metaclass.
class A:
    x = 1

class Meta(type):
    pass

class B(A, metaclass=Meta):
    pass

for cls in (A, B):
    for name, value in [("__mro__", (A, object)), ("__dict__", {})]:
        try:
            setattr(cls, name, value)
            print(cls.__name__, name, "set")
        except AttributeError as e:
            print(cls.__name__, name, "AttributeError:", e)
    cls.__name__ = cls.__name__ + "2"
    cls.__qualname__ = "Q." + cls.__name__
    cls.y = 5
    print(cls.__name__, cls.__qualname__, cls.y, cls.x, [c.__name__ for c in cls.__mro__])
