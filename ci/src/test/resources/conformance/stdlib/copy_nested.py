import copy

d = {'a': [1, 2], 'b': {'c': (3, [4])}}
e = copy.deepcopy(d)
e['b']['c'][1].append(5)
print(d, e)
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1 = Node(1)
n2 = Node(2)
n1.next = n2
n2.next = n1
m = copy.deepcopy(n1)
print(m.v, m.next.v, m.next.next is m, m is n1)
class D(dict):
    pass
dd = D(x=[1])
print(type(copy.copy(dd)).__name__, copy.copy(dd), copy.deepcopy(dd)['x'] is dd['x'])
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs)
class WithState:
    def __init__(self):
        self.a = 1
    def __setstate__(self, st):
        print('setstate', sorted(st))
        self.__dict__.update(st)
print(copy.copy(WithState()).a)
