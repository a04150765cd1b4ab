# sys: argv (arguments after the script), getrecursionlimit/setrecursionlimit, stdout.write.
import sys
print(len(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith('sys_basics.py'))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(1500))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    depth(5000)
except RecursionError as e:
    print('RecursionError:', e)
print(depth(100))
sys.stdout.write('write returns ')
print(sys.stdout.write('abc\n'))
import sys as system
print(system is sys, system.argv is sys.argv)
from sys import argv, exit
print(argv[1:] == sys.argv[1:])
for i, arg in enumerate(sys.argv[1:]):
    print(i, repr(arg), arg.upper())
