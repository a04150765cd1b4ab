# __hash__: defining __eq__ without __hash__ makes instances unhashable; __hash__ = None; consistency.
class Plain:
    pass
class EqOnly:
    def __eq__(self, other):
        return True
class EqHash:
    def __init__(self, key):
        self.key = key
    def __eq__(self, other):
        return isinstance(other, EqHash) and self.key == other.key
    def __hash__(self):
        return hash(self.key)
class Explicit:
    __hash__ = None
print(EqOnly.__hash__ is None, Explicit.__hash__ is None, Plain.__hash__ is not None)
for cls in (EqOnly, Explicit):
    try:
        hash(cls())
    except TypeError as e:
        print('TypeError:', e)
    try:
        {cls(): 1}
    except TypeError as e:
        print('TypeError:', e)
    try:
        {cls()}
    except TypeError as e:
        print('TypeError:', e)
p = Plain()
print(hash(p) == hash(p), {p: 'ok'}[p])
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(2) in s, EqHash(3) in s)
d = {EqHash('a'): 1}
d[EqHash('a')] = 2
print(len(d), d[EqHash('a')])
class Inherit(EqHash):
    pass
print(len({Inherit(5), Inherit(5)}))
class Reeq(EqHash):
    def __eq__(self, other):
        return False
try:
    hash(Reeq(1))
except TypeError as e:
    print('TypeError:', e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), isinstance(hash(BigHash()), int))
class BadHash:
    def __hash__(self):
        return 'nope'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
print(hash(1) == hash(1.0) == hash(True), hash((1, 'a')) == hash((1, 'a')))
