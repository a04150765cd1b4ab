if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass

if a:
    x = 1
else:
    if b:
        x = 2

while a:
    break
else:
    pass

while True:
    if x:
        continue
    x = 1

for x in y:
    pass
else:
    pass

for x, y in z:
    pass

for (x, y) in z:
    pass

for [x, y] in z:
    pass

for x, in z:
    pass

for x.a in z:
    pass

for x[0] in z:
    pass

for *a, b in z:
    pass

for x in 1, 2, 3:
    pass

for x in *a, *b:
    pass

try:
    pass
except:
    pass

try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except C as c:
    pass
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass
else:
    pass
finally:
    pass

with a:
    pass

with a as b:
    pass

with a as b, c as d:
    pass

with a, b:
    pass

with (a, b):
    pass

with (a as b, c as d):
    pass

with (a as b, c as d,):
    pass

with (a, b) as c:
    pass

with (a) as b:
    pass

with a as (b, c):
    pass

with a as b.c, d as e[0]:
    pass

with (yield_):
    pass

with (
    open(a) as f,
    open(b) as g,
):
    pass

raise
raise E
raise E("x")
raise E from None
raise E from cause

if x:
    if y:
        if z:
            pass
        else:
            pass
