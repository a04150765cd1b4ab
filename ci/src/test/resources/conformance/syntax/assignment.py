# Assignment forms: names, attributes, subscripts, slices, tuple/list unpacking, starred, chained.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[s, t] = 'st'
print(s, t)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1, 2, 3]
print(init, tail)
head, *rest = 'hello'
print(head, rest)
a, *b, c = 1, 2
print(a, b, c)
for i, (j, *k) in enumerate([(1, 2, 3), (4,)]):
    print(i, j, k)
class Box:
    pass
box = Box()
box.value = 10
box.other = box.value * 2
print(box.value, box.other)
lst = [0] * 5
lst[0] = 'a'
lst[-1] = 'z'
lst[1:3] = ['b', 'c', 'd']
print(lst)
d = {}
d['k'] = d['j'] = 7
print(d)
m = [[0, 0], [0, 0]]
m[1][0] = 9
print(m)
i = 0
lst2 = [10, 20, 30]
i, lst2[i] = 1, 99
print(i, lst2)
x = y = []
x.append(1)
print(x, y, x is y)
