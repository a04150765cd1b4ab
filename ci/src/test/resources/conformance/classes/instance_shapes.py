# Instance attributes kept in the instance's own fields (hidden classes), and every way an
# instance leaves that form for a dict: the loops warm each instruction's cache first, then
# change what it must notice.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_xy(ps):
    return [(p.x, p.y) for p in ps]


ps = [P(i, -i) for i in range(50)]
print(read_xy(ps)[:3], sum(p.x for p in ps))

# attributes added after __init__, in different orders: different shapes at one site
for i, p in enumerate(ps):
    if i % 2:
        p.a = i
        p.b = 2 * i
    else:
        p.b = 3 * i
        p.a = 4 * i
print([(p.a, p.b) for p in ps[:4]], vars(ps[0]), ps[1].__dict__)
print(sorted(k for k in dir(ps[2]) if not k.startswith('__')))

# __dict__ is the real thing: changes through it are the instance's, and back
q = P(1, 2)
for _ in range(3):
    q.x += 1
d = q.__dict__
d['z'] = 9
d['x'] = 100
print(q.x, q.y, q.z, d)
q.w = 5
print(d, 'w' in d, q.__dict__ is d)
del d['y']
print(hasattr(q, 'y'), getattr(q, 'y', 'gone'))
d.clear()
print(hasattr(q, 'x'), vars(q))

# delete in the middle, then read the rest and add again
r = P(1, 2)
r.c = 3
del r.x
print(vars(r), getattr(r, 'x', None), r.y, r.c)
r.x = 7
print(vars(r))
try:
    del r.nothere
except AttributeError as e:
    print('AttributeError', e)


# many attributes: more than the instance's fields
class Bag:
    def __init__(self):
        self.first = 0


bags = []
for n in range(3):
    b = Bag()
    for i in range(70):
        setattr(b, 'f%d' % i, i * (n + 1))
    bags.append(b)
print([b.f0 + b.f69 for b in bags], list(vars(bags[2]))[:4], len(vars(bags[1])))
nb = Bag()
nb.z = 1
print(vars(nb))

# names made at run time, and a str subclass as a name
class S(str):
    pass


o = P(0, 0)
name = ''.join(['da', 'ta'])
setattr(o, name, 'dyn')
print(o.data, getattr(o, 'da' + 'ta'), hasattr(o, 'dat' + 'um'))
setattr(o, S('tag'), 'sub')
print(o.tag, vars(o))
try:
    setattr(o, 1, 2)
except TypeError as e:
    print('TypeError', e)


# a class attribute, shadowed by instances, later replaced by a property
class C:
    v = 'class'

    def __init__(self, v):
        self.v = v


cs = [C(i) for i in range(5)]


def read_v(objs):
    return [c.v for c in objs]


def write_v(objs, k):
    for c in objs:
        c.v = k


for _ in range(3):
    write_v(cs, 'w')
print(read_v(cs), C.v)
C.v = property(lambda self: 'prop', lambda self, val: print('set', val))
print(read_v(cs))
write_v(cs[:2], 'x')
del C.v
print(read_v(cs))


# a data descriptor class defined later
class Desc:
    def __get__(self, obj, typ):
        return 'desc'

    def __set__(self, obj, value):
        print('Desc.__set__', value)


C.v = Desc()
print(read_v(cs[:2]))
write_v(cs[:1], 'y')
del C.v
print(read_v(cs[:2]))


# __setattr__ added after the stores were warm
def logging_setattr(self, name, value):
    print('setattr', name, value)
    object.__setattr__(self, name, value)


C.__setattr__ = logging_setattr
write_v(cs[:2], 'z')
del C.__setattr__
write_v(cs[:1], 'q')
print(read_v(cs[:2]))


# one method of a base class over many subclasses, each with its own shapes
class Base:
    def __init__(self, k):
        self.k = k

    def get(self):
        return self.k

    def put(self, v):
        self.k = v


subs = []
for i in range(7):
    def init(self, k, i=i):
        for j in range(i):
            setattr(self, 'p%d' % j, j)
        Base.__init__(self, k)
    subs.append(type('Sub%d' % i, (Base,), {'__init__': init}))
objs = [cls(n) for n in range(3) for cls in subs]
for _ in range(3):
    for o in objs:
        o.put(o.get() + 1)
print([o.get() for o in objs], [list(vars(o)) for o in objs[:3]])


# an instance attribute that shadows a method
class M:
    def hello(self):
        return 'method'


m1, m2 = M(), M()
print([m.hello() for m in (m1, m2)])
m2.hello = lambda: 'instance'
print([m.hello() for m in (m1, m2)])
del m2.hello
print([m.hello() for m in (m1, m2)])


# copies
import copy

p = P([1, 2], 'y')
p.extra = 'e'
c1 = copy.copy(p)
c2 = copy.deepcopy(p)
p.x.append(3)
print(vars(c1), vars(c2), c1.x is p.x, c2.x is p.x)
c2.more = 1
print(vars(c2), vars(p))


# instances of one shape with different room: made before and after the class's instances grew
class G:
    def __init__(self):
        self.a = 0


def fill(o):
    o.b = 1
    o.c = 2
    o.d = 3
    o.e = 4
    o.f = 5


small = [G() for _ in range(20)]
grown = G()
for i in range(9):
    setattr(grown, 'g%d' % i, i)
big = [G() for _ in range(20)]
others = []
for b, s in zip(big, small):
    fill(b)
    fill(s)
    others.append([s, b, P(1, 2)])
print([(vars(b), vars(s)) for b, s in zip(big[:2], small[:2])])
print(sum(o[2].x + o[1].f + o[0].e for o in others), vars(others[5][2]))


# methods found once per shape (and per built-in type), then replaced on the class
class K:
    def f(self):
        return 1


class L(list):
    def append(self, x):
        list.append(self, x * 10)


ks = [K() for _ in range(3)]


def call_f(objs):
    return [k.f() for k in objs]


def appends(seqs):
    for q in seqs:
        q.append(1)
    return seqs


for _ in range(3):
    call_f(ks)
    appends([[], L()])
K.f = lambda self: 2
print(call_f(ks), appends([[], L(), []]))
del K.f
try:
    call_f(ks)
except AttributeError as e:
    print('AttributeError', e)


# __dict__ replaced and deleted
class A:
    def __init__(self):
        self.x = 1


a = A()
a.__dict__ = {'y': 2}
print(vars(a), hasattr(a, 'x'), a.y)
try:
    a.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
b = A()
d = {'z': 3}
b.__dict__ = d
b.w = 4
print(d, b.z)
del b.__dict__
print(vars(b), d)
b.v = 1
print(vars(b))
