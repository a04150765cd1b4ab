# re: bad patterns raise re.error with CPython's message, pos, lineno and colno; bad
# replacement templates too (or IndexError for an unknown group name); wrong flags raise
# ValueError, huge repeat counts OverflowError. The program ends on an uncaught re.error.
import re

bad = ['(', ')', 'a)', '[a', '[z-a]', r'\q', '*', 'a**', 'a{2,1}', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
       r'(a)\2', r'(a\1)', '(?<x>a)', '(?P', '(?Px)', '(?P=b)', '(?', '(?z)', 'a(?i)b', '(?i', '(?-)',
       r'\x4', r'\u12', r'\N{FOO}', r'\N', r'[\A]', '\\', r'(?<=a*)b', r'(?#abc', '(?P<a', '(?P<>a)',
       r'\777', '[\\d-z]', 'x{2}{3}', '^*', r'(?(2)a)', r'(?(x)a)', r'(?(1a)a)', '(?(0)a)', 'a|*',
       '(?i-i:a)', '(?L)a', '(?au)a', '(?-a:b)', 'abc\n(def', '(?P=', '(?P<a>(?P=a))', '[]', '[^]',
       '(?x) a #c\n (', '[a-\\d]', '(?ai', '(?i-', '(?i-q:a)', '(?:a|b', '((a)', r'(?<=a|bc)', r'\8']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)

for p, r in [('(a)', r'\2'), ('(a)', r'\g<b>'), ('(a)', r'\g<1'), ('(a)', r'\q'), ('(a)', r'\g<x y>'),
             ('a', '\\'), ('(a)', r'\g<>'), ('(a)', r'\g'), ('(a)', r'\g<2>'), ('a', r'\400')]:
    try:
        print(re.sub(p, r, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.match('(a)', 'a').expand(r'\3')
except re.error as e:
    print('expand', e)

for f in [re.L, re.A | re.U]:
    try:
        re.compile('a', f)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
try:
    raise re.error('boom', 'ab\ncd', 4)
except re.error as e:
    print(e, e.lineno, e.colno, isinstance(e, Exception))
print(str(re.error('plain')), re.error('plain').pos)

misuse = [lambda: re.sub('a', 5, 'a'), lambda: re.sub('a', lambda m: 5, 'a'), lambda: re.findall('a', None),
          lambda: re.match('a', 'a').start('nosuch'), lambda: re.compile(5), lambda: re.escape(5),
          lambda: re.compile('a').match('a', 'x'), lambda: re.sub('a', lambda m: m.group(2), 'a'),
          lambda: re.match('(a)', 'a').group(0, 5), lambda: re.split('a', 'bab', maxsplit='1')]
for f in misuse:
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)

re.compile('a(b')
