if (n := len(a)) > 10:
    pass
while (chunk := f.read()):
    pass
if x := 1:
    pass
while y := f():
    pass
[y := f(x), y ** 2]
(x := 1)
f(x := 1)
print((x := 1), x)
a[x := 0]
{(x := 1): 2}
{x := 1}
elif_ = 1
if a:
    pass
elif b := 1:
    pass
x = (y := 2)
lambda: (x := 1)
