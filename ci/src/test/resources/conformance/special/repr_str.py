# __repr__ and __str__: which one print, str(), repr(), f-strings, %s/%r and containers use.
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'a Both'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly<%d>' % 7
class StrOnly:
    def __str__(self):
        return 'just str'
    def __repr__(self):
        return 'StrOnly-repr'
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print(f'{b} {b!r} {r} {s!s} {s!r}')
print('%s %r %s' % (b, b, r))
print([b, r, s], (b,), {'k': b}, {1: [r]})
print('{} {!r}'.format(b, b), format(b), str([s]))
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return 'Node(%r, %r)' % (self.value, self.children)
        return 'Node(%r)' % (self.value,)
tree = Node('root', [Node(1), Node('two', [Node(3.0)])])
print(tree)
print(repr(tree) == str(tree))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return '$%d.%02d' % divmod(self.cents, 100)
    def __repr__(self):
        return 'Money(%d)' % self.cents
wallet = [Money(150), Money(5)]
print(wallet, ', '.join(map(str, wallet)), str(wallet[0]), sum(m.cents for m in wallet))
