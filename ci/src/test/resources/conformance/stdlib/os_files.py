# os: directories and files in the scratch folder given as argv[1]: mkdir, makedirs, listdir,
# exists/isfile/isdir, stat and getsize, walk, rename, remove/unlink, rmdir, and the OSError
# subclasses with CPython's errno, strerror and message.
import os
import sys

folder = sys.argv[1]


def shown(path):
    return path.replace(folder, '<tmp>')


d = os.path.join(folder, 'os_files_dir')
if os.path.exists(d):
    for top, dirs, files in os.walk(d, topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
        for x in dirs:
            os.rmdir(os.path.join(top, x))
    os.rmdir(d)
print(os.path.exists(d), os.path.isdir(folder), os.path.isfile(folder))
os.mkdir(d)
print(os.path.isdir(d), os.path.isfile(d), os.listdir(d))
with open(os.path.join(d, 'a.txt'), 'w') as f:
    f.write('hello, world\n')
os.makedirs(os.path.join(d, 'sub', 'deeper'))
os.makedirs(os.path.join(d, 'sub'), exist_ok=True)
print(sorted(os.listdir(d)), os.path.getsize(os.path.join(d, 'a.txt')))
st = os.stat(os.path.join(d, 'a.txt'))
print(st.st_size, st[6], isinstance(st.st_mtime, float), st.st_mode & 0o170000 == 0o100000)
print(os.path.isfile(os.path.join(d, 'a.txt')), os.path.exists(os.path.join(d, 'nope')))
with open(os.path.join(d, 'sub', 'b.txt'), 'w') as f:
    f.write('b')
for top, dirs, files in os.walk(d):
    print(shown(top), sorted(dirs), sorted(files))
for top, dirs, files in os.walk(d, topdown=False):
    print('bottom-up', os.path.relpath(top, d), sorted(dirs), sorted(files))
attempts = [(os.remove, 'missing.txt'), (os.listdir, 'missing'), (os.rmdir, d), (os.mkdir, d),
            (os.remove, d), (os.unlink, os.path.join(d, 'sub')), (os.stat, 'nope'),
            (os.rmdir, os.path.join(d, 'a.txt')), (os.listdir, os.path.join(d, 'a.txt')),
            (os.makedirs, d)]
for fn, arg in attempts:
    try:
        fn(arg)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno, e.strerror, shown(str(e)), shown(e.filename))
os.rename(os.path.join(d, 'a.txt'), os.path.join(d, 'c.txt'))
print(sorted(os.listdir(d)), open(os.path.join(d, 'c.txt')).read().strip())
os.replace(os.path.join(d, 'sub', 'b.txt'), os.path.join(d, 'c.txt'))
print(sorted(os.listdir(d)), open(os.path.join(d, 'c.txt')).read())
os.removedirs(os.path.join(d, 'sub', 'deeper'))
print(sorted(os.listdir(d)))
os.unlink(os.path.join(d, 'c.txt'))
os.rmdir(d)
print(os.path.exists(d), os.path.isdir(folder))
print(isinstance(os.getcwd(), str), os.path.isabs(os.getcwd()), isinstance(os.getpid(), int), os.cpu_count() >= 1)
