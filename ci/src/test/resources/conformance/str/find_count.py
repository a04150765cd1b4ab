# find, rfind, index, rindex, count, startswith and endswith (with tuples and ranges).
s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.rfind('the'), s.find('cat'), s.rfind('o'), s.find(''))
print(s.find('o', 15, 20), s.find('o', 20), s.rfind('o', 0, 20), s.find('dog', -3), s.find('g', -1))
print(s.index('quick'), s.rindex('o'), s.count('o'), s.count('the'), s.count(''), 'aaaa'.count('aa'))
print(s.count('o', 0, 15), s.count(' ', 10), 'abc'.count('abc', 1))
try:
    s.index('cat')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('cat')
except ValueError as e:
    print('ValueError:', e)
print(s.startswith('the'), s.startswith('quick', 4), s.startswith(('a', 'the')), s.startswith(''))
print(s.endswith('dog'), s.endswith('lazy', 0, -4), s.endswith(('cat', 'dog')), s.endswith('o'))
print('file.py'.endswith(('.py', '.txt')), 'README'.startswith(('READ', 'X')), 'x'.startswith('xy'))
def find_all(hay, needle):
    out = []
    pos = hay.find(needle)
    while pos != -1:
        out.append(pos)
        pos = hay.find(needle, pos + 1)
    return out
print(find_all(s, 'o'), find_all('aaaa', 'aa'), find_all('abc', 'z'))
print('o' in s, s.index('o') == s.find('o'), s[s.find('fox'):s.find('fox') + 3])
