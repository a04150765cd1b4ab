# contextlib: generator-based context managers, suppress, closing, nullcontext, ExitStack
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, ContextDecorator


@contextmanager
def tag(name):
    print(f'<{name}>')
    yield name.upper()
    print(f'</{name}>')


with tag('b') as t:
    print('inside', t)


@contextmanager
def guarded(label):
    print('enter', label)
    try:
        yield label
    except ValueError as e:
        print('caught in generator:', e)
    finally:
        print('cleanup', label)


with guarded('one'):
    raise ValueError('swallowed')
print('after one')

try:
    with guarded('two'):
        raise KeyError('passes through')
except KeyError as e:
    print('outside got', type(e).__name__, e)


@contextmanager
def reraiser():
    try:
        yield
    except ZeroDivisionError as e:
        raise RuntimeError('converted') from e


try:
    with reraiser():
        1 / 0
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def ignores_error():
    try:
        yield
    except Exception:
        yield


try:
    with ignores_error():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)

# the exception object that leaves the with block is the one raised inside
err = ValueError('same')
try:
    with guarded('three'):
        raise TypeError('t')
except TypeError as e:
    print('identity kept', e)


@contextmanager
def stopper():
    yield


try:
    with stopper():
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration passes', e)


# used as a decorator
@tag('deco')
def decorated(x):
    print('decorated body', x)
    return x * 2


print(decorated(21))
print(decorated(1))

# suppress
with suppress(KeyError, IndexError):
    {}['missing']
print('suppressed KeyError')
with suppress(LookupError):
    [][1]
print('suppressed subclass')
try:
    with suppress(KeyError):
        int('x')
except ValueError as e:
    print('not suppressed', e)
with suppress():
    pass


# closing
class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closed', self.name)


with closing(Resource('r1')) as r:
    print('using', r.name)
try:
    with closing(Resource('r2')):
        raise OSError('boom')
except OSError as e:
    print('OSError', e)

# nullcontext
with nullcontext() as n:
    print('null', n)
with nullcontext(42) as n:
    print('null', n)

# ExitStack
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    names = [stack.enter_context(tag(f't{i}')) for i in range(2)]
    print('names', names)


class Suppressor:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print('Suppressor exit', exc[0].__name__ if exc[0] else None)
        return True


with ExitStack() as stack:
    stack.push(Suppressor())
    stack.callback(print, 'runs first')
    raise ValueError('eaten by Suppressor')
print('after stack')

stack = ExitStack()
stack.callback(print, 'deferred')
moved = stack.pop_all()
stack.close()
print('nothing yet')
moved.close()

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('first')
except ZeroDivisionError as e:
    print('ZeroDivisionError', type(e.__context__).__name__)

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print('TypeError', e)


class mycontext(ContextDecorator):
    def __enter__(self):
        print('Starting')
        return self

    def __exit__(self, *exc):
        print('Finishing')
        return False


@mycontext()
def function():
    print('The bit in the middle')


function()
with mycontext():
    print('with statement')
