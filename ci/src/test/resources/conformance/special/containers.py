# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __bool__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError('cell %r out of range' % (pos,))
        return self.cells.get(pos, '.')
    def __setitem__(self, pos, value):
        print('set', pos, '=', value)
        self.cells[pos] = value
    def __delitem__(self, pos):
        print('del', pos)
        del self.cells[pos]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield ''.join(self[x, y] for x in range(self.w))
g = Grid(4, 3)
g[0, 0] = '#'
g[3, 2] = '@'
g[1, 1] = '#'
print(len(g), g[0, 0], g[2, 2], '#' in g, '%' in g, '%' not in g)
for row in g:
    print(row)
del g[1, 1]
print(list(g))
try:
    g[9, 9]
except IndexError as e:
    print('IndexError:', e)
try:
    del g[2, 2]
except KeyError as e:
    print('KeyError:', e)
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * 10
print(list(Seq(4)), 20 in Seq(4), 25 in Seq(4), [x for x in Seq(3)], sorted(Seq(3), reverse=True))
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(2)), len(Sized(7)))
class Truthy:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Truthy()), 'yes' if Truthy() else 'no', not Truthy(), len(Truthy()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError:', e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
