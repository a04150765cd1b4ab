# re: match, search and fullmatch, and the Match object: group (several args, names),
# groups/groupdict with defaults, start/end/span, lastindex/lastgroup, pos/endpos, expand,
# __getitem__, repr; Pattern attributes and repr; the flags as printed values.
import re

print(re.match(r'(a)(b)?', 'ac'))
m = re.search(r'(?P<first>\w+) (?P<last>\w+)', 'hello John Smith!')
print(m, m.group(), m.group(1, 2), m.group('first'), m['last'], m[0])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(2), m.span('last'))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re, m.regs)
print(m.expand(r'\2, \g<first> (\g<0>)'), bool(m))

m = re.match(r'(a)(b)?(?P<c>c)?', 'a')
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0), m.span(2), m.start(3), m.end(2))
print(m.expand(r'[\1|\2|\g<c>]'), m.lastindex, m.lastgroup)
for g in [4, 'x', -1, 1.5]:
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', g, e)

print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'((a)b)', 'ab').lastindex,
      re.match(r'(a)(b?)', 'a').lastindex, re.match(r'(?P<x>a)(?P<y>b)?', 'a').lastgroup,
      re.match(r'a', 'a').lastindex)

print(re.fullmatch(r'a+', 'aaa'), re.fullmatch(r'a+', 'aab'), re.fullmatch(r'a|ab', 'ab'))
print(re.fullmatch('(?:a|ab)(?:c|bcd)', 'abcd'), re.match('a|ab', 'ab'))

p = re.compile(r'\w+')
print(p.match('  ab', 2), p.search('abcdef', 1, 3), p.fullmatch('abc', 0, 2), p.match('ab', 5))
print(p.search('abc', -5, 100), p.search('abc', 2, 1), p.match('abc', 1).pos, p.match('abc', 1, 99).endpos)
print(re.compile(r'^\w').search('ab', 1), re.compile(r'(?m)^\w').search('a\nb', 1))
print(re.compile(r'\w$').search('abc', 0, 2), re.compile(r'(?<=a)b').search('ab', 1))
print(re.compile(r'a\Z').search('ab', 0, 1), re.compile(r'b(?=c)').search('bc', 0, 1))
print(re.match('a' * 60, 'a' * 60))
print(re.search('b', 'a\u00e9\U0001F600b'), re.search('\U0001F600(.)', 'ab\U0001F600c').span())

p = re.compile(r'(?P<x>a)(?P<y>b)(c)', re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex, repr(p.groupindex), p.groupindex['y'])
print(re.compile('a'), re.compile('a', re.A), re.compile('a', re.S | re.X), re.compile('(?i)a').flags)
print(re.compile('a' * 300))
print(p == re.compile(r'(?P<x>a)(?P<y>b)(c)', re.I | re.M), p == re.compile('a'), re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)

print(re.I, repr(re.M), re.I | re.M, re.A | re.I, ~re.I, re.NOFLAG, re.I | 512, int(re.S | re.X))
print(re.IGNORECASE == 2, re.compile('a').flags == re.UNICODE, isinstance(re.I, int), re.I + 1)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError', e)
