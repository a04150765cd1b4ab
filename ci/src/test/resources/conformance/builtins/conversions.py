# Constructors as conversions: int, float, bool, str, repr, list, tuple, dict, set, frozenset.
print(int(), int(7.9), int('  42 '), int('-1_0'), int('ff', 16), int('0b11', 0), int(True))
print(float(), float(3), float('  -2.5 '), float('inf'), bool(), bool([0]), bool(0.0))
print(str(), str(12), str(1.0), str([1, '2']), repr('x'), repr(1.5), repr(None), repr([None]))
print(list(), list('ab'), list((1, 2)), list({3: 'c'}), list(range(3)), list({1: 1}.items()))
print(tuple(), tuple('ab'), tuple([1, [2]]), tuple(x for x in range(2)))
print(dict(), dict(a=1), dict([('b', 2)]), dict({'c': 3}), dict(zip('de', (4, 5))), dict([['f', 6]]))
print(set(), set([3, 1, 3]), set((2, 2)), set(range(4)), frozenset([1, 1, 2]), frozenset())
print(list(set([5, 4, 5])), sorted(frozenset('cab')), len(set('hello')))
orig = [1, 2]
copy = list(orig)
copy.append(3)
print(orig, copy, list(orig) is orig, tuple((1,)) == (1,))
print(int('0x1F', 16), int('z', 36), int('-0b101', 0), int('0o777', 0), int('10', 2))
print(bool('False'), bool(' '), str(True) + str(None), float(True) + int(2.9))
for value in (3, 3.7, '3', [3], (3,), {3: 3}, {3}, None, True):
    print(repr(value), str(value), bool(value), type(value).__name__)
