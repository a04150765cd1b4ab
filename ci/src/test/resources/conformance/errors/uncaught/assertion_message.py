# Uncaught AssertionError with a message.
def check(n):
    assert n % 2 == 0, 'expected an even number, got %d' % n
    return n // 2
print(check(10))
print(check(7))
