# str indexing, negative indices, slicing with steps, iteration, + * in, and their errors.
s = 'Hello, World!'
print(s[0], s[7], s[-1], s[-6], len(s))
print(s[0:5], s[7:], s[:5], s[-6:-1], s[:], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[10:2:-2], s[-1:-5:-1], s[::3], s[5:0:-1])
print(s[3:3], s[5:2], repr(s[20:30]), s[2:-2:4])
for i, ch in enumerate('abc'):
    print(i, ch, ch * (i + 1))
print([c for c in 'xyz'], list('hi'), tuple('ok'))
print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'a' * 0, 'b' * -1, '' * 10)
print('lo' in s, 'xyz' in s, '' in s, 'H' not in s, s.__contains__('World'))
print('abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', 'apple' > 'Apple', 'a' == 'a', 'a' != 'b')
print(min('hello'), max('hello'), sorted('banana'), 'hello'.count('l'))
t = 'immutable'
try:
    t[0] = 'I'
except TypeError as e:
    print('TypeError:', e)
try:
    print(t[100])
except IndexError as e:
    print('IndexError:', e)
try:
    print('a' + 1)
except TypeError as e:
    print('TypeError:', e)
try:
    print(t['x'])
except TypeError as e:
    print('TypeError:', e)
it = iter('ab')
print(next(it), next(it), next(it, 'end'))
print(str(), str(123), str(1.5), str([1, 'a']), str(None), str('x'))
