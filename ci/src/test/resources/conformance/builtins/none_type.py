# None: its type, repr, truthiness, comparisons, identity tests, and as a default return value.
print(None, repr(None), str(None), type(None).__name__, bool(None))
def nothing():
    pass
def bare_return():
    return
print(nothing(), bare_return(), nothing() is None, print('print returns') is None)
x = None
print(x is None, x is not None, x == None, x != None, None == 0, None == '', None == False)
print([None] * 3, (None,), {None: None}, None in [0, None], None in [0, ''])
print(sorted([3, 1], key=lambda v: v) if x is None else 'unreachable')
try:
    None < 1
except TypeError as e:
    print('TypeError:', e)
try:
    None + 1
except TypeError as e:
    print('TypeError:', e)
try:
    nothing_value = None
    nothing_value()
except TypeError as e:
    print('TypeError:', e)
try:
    len(None)
except TypeError as e:
    print('TypeError:', e)
try:
    for _ in None:
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    None.missing
except AttributeError as e:
    print('AttributeError:', e)
result = {}.get('key')
print(result, result or 'fallback', [v for v in [1, None, 2, None] if v is not None])
print(type(None)() is None, hash(None) == hash(None), f'{None}', '%s' % None, format(None, ''))
