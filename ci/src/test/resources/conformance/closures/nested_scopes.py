# Three levels of nesting, nonlocal reaching the nearest enclosing binding, class bodies in functions.
def outer():
    x = 'outer'
    def middle():
        y = 'middle'
        def inner():
            nonlocal y
            y = 'changed by inner'
            return x + ' / ' + y
        r = inner()
        return r, y
    return middle()
print(outer())
def shadowing():
    v = 1
    def a():
        v = 2
        def b():
            nonlocal v
            v += 10
            return v
        return b(), v
    return a(), v
print(shadowing())
def with_class():
    secret = 42
    class Holder:
        value = secret
        def get(self):
            return secret
    return Holder().get(), Holder.value
print(with_class())
def class_scope_skip():
    name = 'function'
    class C:
        name = 'class'
        def method(self):
            return name
        items = [name for _ in range(1)]
    return C().method(), C.name, C.items
print(class_scope_skip())
def counter_gen():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return [step() for _ in range(5)], n
print(counter_gen())
def late_binding():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 'reassigned'
    return [f() for f in fns]
print(late_binding())
def deleted():
    z = 1
    def read():
        return z
    del z
    try:
        return read()
    except NameError as e:
        return 'NameError: ' + str(e)
print(deleted())
