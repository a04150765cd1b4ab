x = 1
x = y = z = 2
x, y = 1, 2
(x, y) = (1, 2)
[x, y] = [1, 2]
x, = y
x, *y = z
*x, y = z
[a, *b, (c, d)] = e
a.b = 1
a[0] = 1
a.b.c[1:2] = 3
(a) = 1
((a)) = 1
x += 1
x -= 1
x *= 1
x @= 1
x /= 1
x //= 1
x %= 1
x **= 1
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
a.b += 1
a[0] += 1
x: int
x: int = 1
(x): int = 1
a.b: int
a[0]: int = 1
x: 'str' = 'a'
x: list[int] = []
x = yield_ = 3
del x
del x, y
del x,
del (x)
del (x, y)
del [x, y]
del a.b, a[0], a[1:2]
pass
assert x
assert x, "message"
global g
nonlocal_ = 1
x = 1; y = 2
x = 1; y = 2;
if x: pass
if x: pass; pass
while 0: break
for i in x: continue
print(x)
x = *a, *b
x = 1,
