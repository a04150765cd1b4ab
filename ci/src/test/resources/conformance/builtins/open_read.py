# open() for reading text: read, readline, readlines, iteration, with, UTF-8, and a missing file.
data_dir = __file__.rsplit('/', 1)[0] + '/_data/'
with open(data_dir + 'poem.txt') as f:
    text = f.read()
print(len(text), text.count('\n'), repr(text[:20]), f.closed)
with open(data_dir + 'poem.txt', 'r') as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    rest = f.readlines()
print(len(rest), repr(rest[-1]), repr(rest[3]))
with open(data_dir + 'poem.txt', encoding='utf-8') as f:
    for number, line in enumerate(f, 1):
        line = line.rstrip('\n')
        if line:
            print('%2d %-40s %d words' % (number, line, len(line.split())))
        else:
            print('%2d (blank)' % number)
f = open(data_dir + 'utf8.txt')
content = f.read()
f.close()
print(content)
print(len(content), content.splitlines(), f.closed)
with open(data_dir + 'poem.txt') as f:
    words = f.read().split()
freq = {}
for w in words:
    w = w.strip(',;').lower()
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
try:
    open(data_dir + 'does_not_exist.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, isinstance(e, OSError))
with open(data_dir + 'poem.txt') as f:
    print(repr(f.read(10)), repr(f.read(5)), repr(f.readline()))
