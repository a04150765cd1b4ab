# Conditional expressions, boolean short circuit and the values and/or return.
def check(x):
    return 'pos' if x > 0 else 'zero' if x == 0 else 'neg'
for v in (-2, 0, 5):
    print(v, check(v))
print(0 or 'default', '' or [] or None, 'a' or 'b')
print(1 and 2, 0 and 1 / 0, [] and 'x', 'x' and '')
print(not 0, not 1, not '', not 'a', not None, not [])
log = []
def t(name, value):
    log.append(name)
    return value
r = t('a', False) and t('b', True)
print(r, log)
log.clear()
r = t('a', True) or t('b', True)
print(r, log)
log.clear()
r = t('a', 0) or t('b', '') or t('c', 'last')
print(r, log)
log.clear()
r = t('x', 1) and t('y', 2) and t('z', 3)
print(r, log)
print(None if None else 'else-branch')
x = 7
print('odd' if x % 2 else 'even', ('big' if x > 5 else 'small').upper())
print(1 < x < 10, 1 < x > 5, 1 < x < 5, x == 7 != 8)
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])
