# A function's __globals__ and __closure__ are read-only; its other attributes can be set.
def outer():
    x = 1
    def inner():
        return x
    return inner

f = outer()
for name, value in [("__globals__", {}), ("__closure__", None)]:
    try:
        setattr(f, name, value)
        print(name, "set")
    except AttributeError as e:
        print(name, "AttributeError:", e)
print(f(), f.__closure__[0].cell_contents, f.__globals__ is globals())

f.__name__ = "renamed"
f.__doc__ = "doc"
f.tag = 3
print(f.__name__, f.__doc__, f.tag, f())
try:
    del f.__globals__
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
