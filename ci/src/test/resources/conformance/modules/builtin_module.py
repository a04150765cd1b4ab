# Importing the built-in sys module in several forms.
import sys
from sys import argv
from sys import getrecursionlimit as limit
import sys as s2
print(type(sys).__name__, sys.__name__, s2 is sys, limit() == sys.getrecursionlimit(), argv is sys.argv)
print(hasattr(sys, 'stdout'), hasattr(sys, 'exit'), callable(sys.exit))
sys.stdout.write('via sys.stdout\n')
print('stderr is different:', sys.stderr is not sys.stdout)
