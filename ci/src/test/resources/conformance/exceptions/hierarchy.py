# The standard exception hierarchy: bases, MROs, args, str and repr of exception instances.
names = [ZeroDivisionError, OverflowError, KeyError, IndexError, ValueError, UnicodeDecodeError,
         TypeError, AttributeError, NameError, UnboundLocalError, RecursionError, NotImplementedError,
         StopIteration, AssertionError, ImportError, ModuleNotFoundError, FileNotFoundError, OSError,
         RuntimeError, KeyboardInterrupt, SystemExit, GeneratorExit, EOFError, LookupError,
         ArithmeticError, Exception, BaseException]
for cls in names:
    print(cls.__name__, '<-', ' <- '.join(k.__name__ for k in cls.__mro__[1:]))
print(issubclass(KeyError, LookupError), issubclass(SystemExit, Exception), issubclass(bool, BaseException))
cases = [ValueError(), ValueError('msg'), ValueError('a', 2), KeyError('key'), KeyError(),
         IndexError('list index out of range'), Exception(None), RuntimeError(''), KeyError(1, 2),
         OSError(2, 'No such file'), StopIteration(7), SystemExit(3), AssertionError('x')]
for e in cases:
    print(repr(e), '|', str(e), '|', e.args)
e = ValueError('changeable')
e.args = ('changed', 1)
print(e, e.args)
e2 = RuntimeError('x')
e2.note = 'custom attribute'
print(e2.note, isinstance(e2, Exception), type(e2).__name__)
print(ZeroDivisionError.__bases__[0].__name__, BaseException.__bases__[0].__name__)
print(StopIteration().value, StopIteration(1, 2).value, SystemExit().code, SystemExit('bye').code)
print(OSError(2, 'nope').errno, OSError(2, 'nope').strerror, FileNotFoundError(2, 'x').errno)
