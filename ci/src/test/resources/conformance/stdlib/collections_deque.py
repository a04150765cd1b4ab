# collections.deque: a ring buffer with O(1) operations at both ends
from collections import deque


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), bool(d), d[0], d[-1], d[1])
d.extend([3, 4, 5])
d.extendleft([-1, -2])
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(100)
print(d)
d.reverse()
print(d, list(reversed(d)))
print(d.count(1), d.index(3), 3 in d, 99 in d)
d.insert(2, 'x')
d.insert(-1, 'y')
d.insert(100, 'z')
d.insert(-100, 'w')
print(d)
d.remove('x')
print(d)
d[0] = 'first'
del d[1]
print(d, d.copy(), d.copy() == d, d.copy() is d)
d.clear()
print(d, len(d))
attempt('pop empty', d.pop)
attempt('popleft empty', d.popleft)
attempt('index', lambda: deque([1, 2]).index(3))
attempt('remove', lambda: deque([1, 2]).remove(3))
attempt('getitem', lambda: deque([1, 2])[2])
attempt('getitem neg', lambda: deque([1, 2])[-3])
attempt('slice', lambda: deque([1, 2])[0:1])
attempt('maxlen neg', lambda: deque([], -1))
attempt('maxlen str', lambda: deque([], 'a'))
attempt('hash', lambda: hash(deque()))
attempt('add list', lambda: deque([1]) + [2])

# bounded deques drop from the other end
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(5)
print(b)
b.appendleft(1)
print(b)
b.extend('ab')
print(b)
b.extendleft('xy')
print(b)
attempt('insert full', lambda: b.insert(0, 9))
print(deque([1, 2], maxlen=0), deque(maxlen=None))
z = deque(maxlen=0)
z.append(1)
print(z, len(z))

# growing past the first buffer, wrapping around
g = deque()
for i in range(50):
    if i % 3:
        g.append(i)
    else:
        g.appendleft(i)
print(g)
print(sum(g), len(g), g[10], g[-10])
for _ in range(20):
    g.popleft()
    g.append(g.popleft())
print(g, len(g))
q = deque()
for i in range(1000):
    q.append(i)
    if i % 2:
        q.popleft()
print(len(q), q[0], q[-1])

# comparisons and arithmetic
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
print(deque([1]) + deque([2, 3]), deque([1, 2]) * 2, 3 * deque('a'))
e = deque([1])
e += [2, 3]
e *= 2
print(e)
e.extend(e)
print(e)
print(deque('abc', 5) * 2)
r = deque([1])
r.append(r)
print(r)
print(deque(x * x for x in range(4)), list(deque('hi')))

try:
    m = deque([1, 2, 3])
    for x in m:
        m.append(x)
except RuntimeError as ex:
    print('RuntimeError', ex)


class Stack(deque):
    def push(self, x):
        self.append(x)


s = Stack([1, 2], 4)
s.push(3)
print(s, type(s.copy()).__name__, isinstance(s, deque))
print(type(deque()), deque.__name__)
