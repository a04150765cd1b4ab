# try/except/else/finally: which blocks run, in what order, for each way of leaving the try.
def run(mode):
    log = []
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError('v')
        if mode == 'return':
            return log + ['returned']
        if mode == 'other':
            raise KeyError('k')
    except ValueError as e:
        log.append('except ' + str(e))
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
for mode in ('normal', 'raise', 'return'):
    print(mode, run(mode))
try:
    run('other')
except KeyError as e:
    print('propagated KeyError', e)
def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(finally_swallows())
def nested():
    out = []
    try:
        try:
            out.append('inner try')
            1 / 0
        except TypeError:
            out.append('wrong handler')
        finally:
            out.append('inner finally')
    except ZeroDivisionError as e:
        out.append('outer caught: ' + str(e))
    finally:
        out.append('outer finally')
    return out
print(nested())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError('retry %d' % count)
        print('succeeded after', count)
        break
    except RuntimeError as e:
        print('failed:', e)
def except_then_raise():
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
try:
    except_then_raise()
except TypeError as e:
    print('TypeError:', e, '| context:', repr(e.__context__), '| cause:', e.__cause__)
