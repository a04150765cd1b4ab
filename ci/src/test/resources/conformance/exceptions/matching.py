# Exception matching by class, by base class, by tuple; order of handlers; `as` unbinding.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup: %s %r' % (type(e).__name__, e.args)
    except ArithmeticError as e:
        return 'arith: ' + type(e).__name__
    except ValueError:
        return 'value'
    except Exception as e:
        return 'other: ' + type(e).__name__
for exc in [KeyError('k'), IndexError(2), ZeroDivisionError(), OverflowError('big'), ValueError(),
            UnicodeError('u'), TypeError('t'), RuntimeError, NotImplementedError('n'), RecursionError()]:
    print(classify(exc))
try:
    raise IndexError('first handler wins')
except LookupError as e:
    print('LookupError handler:', e)
except IndexError:
    print('never')
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('bound:', e)
try:
    print(e)
except NameError as err:
    print('NameError:', err)
handlers = (TypeError, ValueError)
try:
    int('nope')
except handlers as exc:
    print('dynamic tuple caught', type(exc).__name__)
try:
    try:
        {}['missing']
    except IndexError:
        print('not this one')
except KeyError as k:
    print('outer KeyError', k)
try:
    raise StopIteration(5)
except Exception as s:
    print('StopIteration is an Exception:', s.value, s.args)
class MyError(Exception):
    pass
try:
    try:
        raise MyError('mine')
    except (MyError,):
        print('caught in 1-tuple')
        raise
except Exception as again:
    print('re-raised', repr(again))
