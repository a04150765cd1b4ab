# del of names, subscripts, slices, attributes and several targets at once.
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zzz']
except KeyError as e:
    print('KeyError:', e)
class Obj:
    pass
o = Obj()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, 'a'), hasattr(o, 'b'))
try:
    del o.a
except AttributeError as e:
    print('AttributeError:', e)
p, q = 1, 2
del p, q
print('p' in dir(), 'q' in dir())
nested = [[1, 2, 3], [4, 5, 6]]
del nested[0][1], nested[1]
print(nested)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
