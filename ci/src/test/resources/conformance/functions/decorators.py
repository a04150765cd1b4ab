# Decorators: plain, with arguments, stacked, on methods, preserving attributes by hand, class decorators.
def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('ret ', fn.__name__, result)
        return result
    wrapper.__name__ = 'traced_' + fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3), add.__name__)
def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def greet(name):
    return 'hi ' + name
print(greet('bob'))
def bold(fn):
    return lambda: '<b>' + fn() + '</b>'
def italic(fn):
    return lambda: '<i>' + fn() + '</i>'
@bold
@italic
def text():
    return 'hello'
print(text())
calls = {}
def counted(fn):
    def wrapper(*args):
        calls[fn.__name__] = calls.get(fn.__name__, 0) + 1
        return fn(*args)
    return wrapper
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), calls)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(100))
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Plugin:
    pass
@register
class Other:
    pass
print(registry, Plugin.registered)
class Service:
    def __repr__(self):
        return 'Service()'
    @trace
    def handle(self, x):
        return x * 2
print(Service().handle(21))
