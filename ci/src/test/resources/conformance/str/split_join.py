# split, rsplit (with sep and maxsplit), splitlines, join, partition.
text = '  the quick  brown\tfox\njumps  '
print(text.split())
print(text.split(' '))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 1), 'a,b,,c,'.split(',', maxsplit=2))
print('a,b,c'.rsplit(',', 1), 'a b c d'.rsplit(None, 2), 'a b c'.rsplit(), '  x  y  '.rsplit(maxsplit=1))
print(''.split(), ''.split(','), '   '.split(), 'abc'.split('abc'), 'aXbXc'.split('X', 0))
print('one::two::three'.split('::'), 'no-sep'.split('-'), 'x--y'.split('-'))
lines = 'first\nsecond\r\nthird\rfourth\n\nlast'
print(lines.splitlines())
print(lines.splitlines(True))
print('trailing\n'.splitlines(), ''.splitlines(), '\n'.splitlines(), 'a\x0bb\x0cc\x1cd'.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join(str(i) for i in range(5)), ' '.join([]))
print('|'.join(('solo',)), '\n'.join(['l1', 'l2']))
try:
    print(','.join(['a', 1]))
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
print('key=value=more'.partition('='), 'novalue'.partition('='), 'a=b=c'.rpartition('='))
csv = 'name,age,city\nAda,36,London\nLinus,28,Helsinki'
rows = [line.split(',') for line in csv.splitlines()]
header, *records = rows
for rec in records:
    print(dict(zip(header, rec)))
words = 'the cat and the hat and the bat'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(' '.join(reversed(words)), ' '.join(w[::-1] for w in words))
