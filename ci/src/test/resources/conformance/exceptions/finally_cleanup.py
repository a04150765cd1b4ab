# finally runs on break, continue, return and exceptions, in loops and nested functions.
def gen_log():
    log = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append('body %d' % i)
        finally:
            log.append('finally %d' % i)
    return log
print(gen_log())
def deep(n):
    try:
        if n == 0:
            raise LookupError('bottom')
        return deep(n - 1)
    finally:
        print('unwinding', n)
try:
    deep(3)
except LookupError as e:
    print('caught', e)
def value():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('finally sees x =', x)
print(value())
def exception_in_finally():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
try:
    exception_in_finally()
except KeyError as e:
    print('KeyError', e, 'context:', repr(e.__context__))
class Resource:
    opened = 0
    def __init__(self):
        Resource.opened += 1
    def close(self):
        Resource.opened -= 1
def use(fail):
    r = Resource()
    try:
        if fail:
            raise OSError('disk')
        return 'used'
    finally:
        r.close()
print(use(False), Resource.opened)
try:
    use(True)
except OSError as e:
    print('OSError:', e, Resource.opened)
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n >= 3:
                return n
        finally:
            print('tick', n)
print(while_finally())
