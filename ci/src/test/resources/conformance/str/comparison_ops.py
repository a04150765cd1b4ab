# str comparison is by code point; sorting with keys; ord/chr round trips; hashing is not printed.
names = ['bob', 'Alice', 'alice', 'Bob', 'carol', 'Zed', 'éclair', 'eclair', '', 'a', 'aa', 'ab', 'B']
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=len))
print(sorted(names, key=lambda s: (len(s), s), reverse=True))
print(max(names), min(names), max(names, key=len), min(names, key=lambda s: s[::-1]))
pairs = [('a', 'b'), ('a', 'a'), ('B', 'a'), ('', 'x'), ('abc', 'abd'), ('abc', 'ab'), ('Z', 'a')]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x > y, x >= y, x == y, x != y)
print('a' < 'b' < 'c', 'b' < 'a' < 'c', 'x' * 3 == 'xxx', 'abc' != None)
print([ord(c) for c in 'AZaz09 ~'], ''.join(chr(c) for c in range(65, 75)))
print(hash('abc') == hash('ab' + 'c'), len({'x', 'y', 'x'}))
