# open() for writing text into the scratch folder given as argv[1]: write, append, read back.
import sys
folder = sys.argv[1]
path = folder + '/out.txt'
with open(path, 'w') as f:
    n = f.write('first line\n')
    f.write('second line\n')
    print('wrote', n, 'chars')
    print('a', 'print', 'to', 'file', file=f, sep='-')
with open(path) as f:
    print(repr(f.read()))
with open(path, 'a') as f:
    f.write('appended é€\n')
    f.writelines(['x\n', 'y\n'])
with open(path, 'r') as f:
    lines = f.readlines()
print(len(lines), lines)
with open(path, 'w') as f:
    for i in range(5):
        f.write('%d squared is %d\n' % (i, i * i))
with open(path) as f:
    for line in f:
        print('read:', line.rstrip())
f = open(folder + '/manual.txt', 'w')
f.write('closed by hand')
print(f.closed)
f.close()
print(f.closed)
print(open(folder + '/manual.txt').read())
try:
    f.write('after close')
except ValueError as e:
    print('ValueError:', e)
with open(path, 'w') as f:
    pass
print(repr(open(path).read()))
try:
    open(folder + '/missing_dir/file.txt', 'w')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
