import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c == a)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
d2 = copy.deepcopy(t2)
print(d2 == t2, d2 is t2, d2[1] is t2[1])
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is cyc)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)

class P:
    def __init__(self, x, ys):
        self.x = x
        self.ys = ys

p = P(1, [1, 2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(type(q).__name__, q.x, q.ys is p.ys, r.ys is p.ys, r.ys == p.ys)

class C:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return C(self.v + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return C(self.v + 100)

print(copy.copy(C(1)).v, copy.deepcopy(C(1)).v, copy.deepcopy([C(2)])[0].v)

class L(list):
    pass

l = L([1, [2]])
l.tag = 'x'
lc = copy.copy(l)
ld = copy.deepcopy(l)
print(type(lc).__name__, lc, lc.tag, lc[1] is l[1], ld[1] is l[1], ld.tag)
memo = {}
x = [1]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y)
print(copy.deepcopy(len) is len, copy.copy(None), copy.deepcopy('s'))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
