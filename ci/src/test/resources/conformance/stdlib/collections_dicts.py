# collections.defaultdict, OrderedDict, Counter and ChainMap
from collections import defaultdict, OrderedDict, Counter, ChainMap


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# defaultdict
dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b'].append(3)
print(dd, dd.default_factory, len(dd), isinstance(dd, dict))
print(dd.get('zz'), 'zz' in dd, dd['zz'], 'zz' in dd)
counts = defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    counts[w] += 1
print(counts)
print(dict(counts), sorted(counts.items()))
n = defaultdict()
print(n, n.default_factory)
attempt('missing', lambda: n['x'])
attempt('not callable', lambda: defaultdict(5))
c = counts.copy()
print(type(c).__name__, c == counts, c.default_factory)
print(defaultdict(str, [(1, 'one')]), defaultdict(list, defaultdict(int, a=1)))
tree = lambda: defaultdict(tree)
t = tree()
t['x']['y']['z'] = 1
print(dict(t['x']['y']), type(t['x']).__name__)
print(defaultdict(set, {'k': {1}}) | {'j': {2}})
print(repr(defaultdict(None, {1: 2})))

# OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
attempt('move missing', lambda: od.move_to_end('zz'))
print(od.popitem(), od)
print(od.popitem(last=False), od)
attempt('popitem empty', lambda: OrderedDict().popitem())
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(a=1, b=2))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2, o1 == o1.copy())
print(list(reversed(o1)), OrderedDict.fromkeys('xyz', 0))
print(o1 | {'c': 3}, type(o1 | {'c': 3}).__name__)
o1['a'] = 10
del o1['b']
o1['b'] = 20
print(o1, o1.pop('a'), o1.setdefault('q', 5), o1)
attempt('hash', lambda: hash(o1))

# Counter
c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), ''.join(c.elements()))
print(Counter(), Counter({'x': 3, 'y': 1}), Counter(cats=4, dogs=8))
print(Counter(['b', 'a', 'b', 'c', 'a']).most_common())
c.update('aaz')
c.update({'q': 2})
c.update(k=1)
print(c)
c.subtract('aaaaa')
c.subtract({'b': 5})
print(c)
del c['nothere']
del c['k']
print(c, +c, -c)
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b)
print(a == Counter(a=3, b=1), a == {'a': 3, 'b': 1}, Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=1) >= Counter())
x = Counter(a=2, b=-1)
x += Counter(b=3)
print(x)
x -= Counter(a=5)
print(x)
x |= Counter(c=1)
x &= Counter(b=1, c=2)
print(x)
attempt('fromkeys', lambda: Counter.fromkeys('abc'))
print(Counter('hello world').most_common(3))
words = 'one two three two three three'.split()
print(Counter(words), dict(Counter(words)))
print(Counter(a=1).copy(), type(Counter(a=1).copy()).__name__)
print(Counter({1: 'x', 2: 3}) if False else Counter([1, 1, 2]))
print(sum(Counter('aab').values()), list(Counter('aab').keys()))

# ChainMap
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), 'a' in cm, cm.get('z', 'dflt'))
cm['d'] = 4
print(over, base)
child = cm.new_child()
child['a'] = 'child'
print(child['a'], cm['a'], child.parents == cm)
attempt('missing', lambda: cm['zz'])
attempt('del base key', lambda: cm.__delitem__('a'))
print(ChainMap(), dict(cm))
attempt('hash dd', lambda: hash(defaultdict()))
attempt('hash counter', lambda: hash(Counter()))
