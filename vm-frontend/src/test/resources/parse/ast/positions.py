# Positions CPython computes in less obvious ways.
def f(): x = 1;
def g():
    return 1;
if x: y = 2;
else: y = 3;
while x: pass;
for i in x: pass ;
try:
    pass;
except E: pass;
finally: pass;
with a: pass;
class C: pass;
del ()
del (a), b,
x = f'{a:>10}' 'tail'
y = f'{a:{b}x}' f'{c:0{w}d}'
z = (f'{v!r:^{n}}'
     f'{u}')
s = 'a' \
    'b'
t = ("multi"
     "line"
     f"{x}")
u = x if y else z
v = [1,
     2,]
w = a[1:2, ::3]
call(a)(b)[c].d
lambda: (yield)
name = 'café'; after = 1
emoji = '😀'; after2 = f'{emoji}'
