# Augmented assignment on names, attributes, subscripts; in-place for lists vs rebinding for tuples.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n /= 2; print(n)
n **= 2; print(n)
n %= 7; print(n)
m = 0b1100
m &= 0b1010; print(m)
m |= 0b0001; print(m)
m ^= 0b1111; print(m)
m <<= 3; print(m)
m >>= 1; print(m)
s = 'ab'
s += 'cd'; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
class C:
    count = 0
c = C()
c.count += 1
c.count += 1
print(c.count, C.count)
d = {'a': 1}
d['a'] += 10
d.setdefault('b', 0)
d['b'] -= 1
print(d)
grid = [[1, 2], [3, 4]]
grid[1][1] *= 10
print(grid)
calls = []
def idx():
    calls.append('idx')
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
