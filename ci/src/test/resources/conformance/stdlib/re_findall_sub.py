# re: findall (groups as tuples), finditer, sub and subn (templates with \1, \g<name>,
# \g<0>, escapes; function replacements; count), split (captured groups, maxsplit), and
# CPython 3.7's rules for empty matches next to other matches; escape.
import re

print(re.findall(r'\d+', 'a1 b22 c333'), re.findall(r'(\w)(\d)', 'a1 b2'), re.findall(r'(\w)\d', 'a1 b2'))
print(re.findall(r'(a)|b', 'ab'), re.findall(r'((a)|b)+', 'ab'), re.findall(r'a?', 'baa'), re.findall(r'|a', 'a'))
print([m.span() for m in re.finditer(r'\w+', 'one two  three')], list(re.finditer('x', 'abc')))
print([(m.start(), m.group(1)) for m in re.compile(r'(\d)').finditer('1a2b3', 1, 4)])
print(re.compile(r'\w+').findall('ab cd ef', 3), re.compile(r'\w').findall('abc', 1, 2))

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home x@y'), re.subn('a', 'b', 'aaa', 2), re.subn('a', 'b', 'aaa'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('b*', '-', 'abc'), re.subn('$', 'E', 'a\n'))
print(re.sub(r'(b)|c', r'[\1]', 'abc'), re.sub(r'(?P<n>\d)', r'<\g<n>\g<0>\g<1>>', 'a1b2'))
print(re.sub('a', r'\n\t\\\0\101\.', 'a') == '\n\t\\\x00A\\.', re.sub('a', 'x', 'bbb'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub(r'a', lambda m: m.group().upper(), 'banana', count=2), re.sub('a', lambda m: '', 'aba'))
print(re.subn(r'(\w)(\w)', lambda m: m.group(2) + m.group(1), 'abcdefg'))
print(re.compile('o').sub('0', 'foo boo', 3), re.compile('o').subn('0', 'foo boo', 1))

print(re.split(r'(,)\s*', 'a, b,c'), re.split(',', 'a,b,c', maxsplit=1), re.split('x*', 'axbc'))
print(re.split(r'\b|a', 'ab a'), re.split(r'\s*', 'a b  c'), re.split(r'(\s)*', 'a  b'))
print(re.split('', 'abc'), re.split('x', ''), re.split('', ''), re.split(r'(a)|(b)', 'xaybz'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.', 1))
print(re.compile('[,;]').split('a,b;c', 5), re.split('[,;]', 'a,b;c', -1))

print(re.escape('a.b*c?d[e]f'), re.escape('a b\tc-d~#&\u00e9'), re.escape('1+1=2'))
print(re.findall(re.escape('a.b'), 'a.b axb'))

text = 'From: alice@example.com\nTo: bob@example.org, carol@test.net\nSubject: hi'
print(re.findall(r'[\w.-]+@([\w-]+)\.(\w+)', text))
print(dict(re.findall(r'(?m)^(\w+): (.*)$', text)))
print(re.sub(r'(?m)^(\w+):', lambda m: m.group(1).upper() + ' =', text))
