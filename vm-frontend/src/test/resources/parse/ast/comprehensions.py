[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x * y for x in a for y in b]
[x for x in a if x for y in b if y]
[(x, y) for x, y in z]
[x for (x, y) in z]
[x for [x, y] in z]
[x for *x, y in z]
{x for x in y}
{k: v for k, v in z}
{k: v for k in a for v in b if k}
(x for x in y)
(x for x in y if x)
f(x for x in y)
f((x for x in y), z)
sum(x for x in range(10))
[x async for x in y]
[await x for x in y]
[x for x in (lambda: y)]
[x for x in a if (lambda: x)]
[[y for y in x] for x in z]
[(y := f(x)) for x in z]
[x for x in y if (z := x)]
[x for x.a in y]
[x for x[0] in y]
