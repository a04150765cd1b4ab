# assert: passing asserts, failing asserts with and without messages, messages computed lazily.
def check(x):
    assert x > 0, 'x must be positive, got %d' % x
    assert isinstance(x, int)
    return x * 2
print(check(5))
for bad in (-1, 0):
    try:
        check(bad)
    except AssertionError as e:
        print('AssertionError:', e, e.args)
try:
    assert False
except AssertionError as e:
    print('bare AssertionError:', repr(e), e.args)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print('non-str message:', e.args[0])
calls = []
def msg():
    calls.append('called')
    return 'expensive message'
assert True, msg()
print('message not evaluated when passing:', calls)
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print(e, calls)
def validate(record):
    assert 'name' in record, 'missing name'
    assert len(record['name']) > 1, 'name too short: %r' % record['name']
    return 'valid'
for r in ({'name': 'ann'}, {}, {'name': 'a'}):
    try:
        print(validate(r))
    except AssertionError as e:
        print('invalid:', e)
