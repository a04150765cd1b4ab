# os.path (posixpath): join, split, splitext, basename, dirname, normpath, isabs, abspath,
# relpath, commonprefix/commonpath, expanduser, and the os constants.
import os
import os.path
from os import path as p2

print(os.name, os.sep, repr(os.linesep), os.path is p2, os.curdir, os.pardir, os.pathsep, os.extsep)
print(os.path.join('a', 'b', 'c'), os.path.join('/a', '/b', 'c'), os.path.join('a/', 'b'), os.path.join('a', ''))
for q in ['a/b/c.txt', '/x', 'x', '', '/', 'a/b/', '//a//b', '.bashrc', 'a/.b.c', 'f.tar.gz', 'a.b/c', '..', 'x..y']:
    print(repr(q), os.path.split(q), os.path.splitext(q), repr(os.path.basename(q)), repr(os.path.dirname(q)))
for q in ['', '.', 'a/../b', '/../a', '../../a/./b/', '//x/y', '///x', 'a//b/./c/..', '/a/b/../../..', 'a/b/../../..']:
    print(repr(q), repr(os.path.normpath(q)))
print(os.path.isabs('/a'), os.path.isabs('a'), os.path.isabs(''))
print(os.path.abspath('x/y') == os.path.join(os.getcwd(), 'x', 'y'))
print(os.path.abspath('/a/./b/../c'), os.path.realpath('/a/b/../c'))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'), os.path.relpath('/x/y', '/'))
print(repr(os.path.commonprefix(['/usr/lib', '/usr/local'])), os.path.commonprefix([]) == '')
print(os.path.commonpath(['/usr/lib', '/usr/local']), os.path.commonpath(['a/b', 'a/c/d']))
try:
    os.path.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError:', e)
os.environ['HOME'] = '/home/tester'
print(os.path.expanduser('~'), os.path.expanduser('~/foo'), os.path.expanduser('~other/x'), os.path.expanduser('x~'))
os.environ['HOME'] = '/home/tester/'
print(os.path.expanduser('~/bar'))
print(os.path.splitdrive('/a/b'), os.path.normcase('/A/b'))
print(os.fspath('plain'))


class Here:
    def __fspath__(self):
        return 'from/fspath'


print(os.fspath(Here()), os.path.join(Here(), 'x'), os.path.basename(Here()))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError:', e)
