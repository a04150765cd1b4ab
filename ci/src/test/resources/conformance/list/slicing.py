# List slicing with steps, slice assignment (growing, shrinking, extended) and slice deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-2:-8:-3])
print(a[5:2], a[100:], a[-100:2], a[::100], a[:-100])
b = a[:]
b[2:5] = ['x']
print(b)
b[0:0] = ['new', 'front']
print(b)
b[len(b):] = [98, 99]
print(b)
b[1:3] = []
print(b)
c = list(range(10))
c[::2] = ['e'] * 5
print(c)
c[1::2] = 'abcde'
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
d[:] = 'xyz'
print(d)
e = [1, 2, 3]
e[5:10] = [4, 5]
print(e)
e[-1:] = [50, 60, 70]
print(e)
f = list(range(6))
f[::-1] = f[:]
print(f)
print(a[slice(2, 8, 2)], a[slice(None, None, -2)], a[slice(3)])
s = slice(1, 9, 3)
print(s.start, s.stop, s.step, s.indices(5), slice(None).indices(4), slice(-3, None).indices(10))
