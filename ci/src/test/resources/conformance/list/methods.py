# list methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear.
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend('ab'); print(a)
a.extend(range(2)); print(a)
a.insert(0, 'first'); a.insert(100, 'last'); a.insert(-1, 'before-last'); a.insert(-100, 'front')
print(a)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2), a)
a.remove(1); print(a)
a.append(3)
print(a.index(3), a.index(5), a.index(3, 2), a.index('b', -5, -1), a.count(3), a.count('zz'))
b = a.copy(); b.reverse(); print(a, b, a is b)
c = a[:]; c.clear(); print(a, c)
try:
    a.remove('missing')
except ValueError as e:
    print('ValueError:', e)
try:
    a.index('missing')
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print('pop', stack.pop(), len(stack))
queue = ['a', 'b', 'c']
queue.append('d')
while queue:
    print('dequeue', queue.pop(0))
print([1, 2] + [3], [0] * 4, [[]] * 2, 2 * [1, 2], [1, 2, 3] * 0)
nested = [[0] * 3 for _ in range(2)]
nested[0][0] = 1
shared = [[0] * 3] * 2
shared[0][0] = 1
print(nested, shared)
