# Exception raised in a finally block replaces the original one.
def work():
    try:
        raise ValueError('original')
    finally:
        print('cleanup fails')
        raise RuntimeError('cleanup failed')
work()
