# isinstance, issubclass, type, callable, id (identity only), hash of deterministic values.
class A: pass
class B(A): pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, object), isinstance(b, (int, str)), isinstance(b, (int, A)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance('s', str), isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (str, A)), issubclass(int, object), issubclass(A, A))
print(type(b) is B, type(b) == A, type(b).__name__, type(3) is int, type(True) is bool)
print(callable(len), callable(A), callable(b), callable(lambda: 0), callable('x'), callable(None))
x = [1, 2]
y = x
z = [1, 2]
print(id(x) == id(y), id(x) == id(z), x is y, x is not z, id(None) == id(None), type(id(x)).__name__)
print(hash(1), hash(-1), hash(0), hash(1.5), hash((1, 2)) == hash((1, 2)), hash(True), hash(None) == hash(None))
print(hash(12345678901234567890), hash(-7), hash(3.0), hash(2 ** 61 - 1), hash(2 ** 61))
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
try:
    hash({})
except TypeError as e:
    print('TypeError:', e)
def f(): pass
print(type(f).__name__, callable(f), isinstance(f, object), type(A).__name__, type(type).__name__)
