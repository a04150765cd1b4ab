# Operators, precedence and associativity
a + b * c - d / e // f % g @ h
a ** b ** c
-a ** -b
~a + +b - -c
not a and b or not c and d
a or b or c
a and b and c
(a or b) and c
a | b ^ c & d << e >> f
a < b <= c > d >= e == f != g
a is b, a is not b, a in b, a not in b
x if y else z
x if y else z if w else v
lambda: 0
lambda x: x
lambda x, y=1, *a, z, w=2, **k: (x, y, a, z, w, k)
lambda x, /, y: x
lambda *, k: k
a.b.c
a[b][c]
a(b)(c)
a.b(c)[d].e
await_ = 1
(a)
((a))
()
(1,)
(1, 2)
1, 2
1,
[]
[1]
[1, 2,]
{}
{1: 2}
{1: 2, 3: 4,}
{1}
{1, 2}
{**a, 'b': 1, **c}
[*a, *b, c]
{*a, b}
(*a, b)
...
None, True, False
a if b else lambda: c
f(*args, **kwargs)
x = a if b else c
print(1, 2, sep='')
print
(yield_ := 3)
