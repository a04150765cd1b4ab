# sys.exit with a message: it goes to stderr and the status is 1; SystemExit can be caught and
# carries its code.
import sys

for code in (None, 0, 3, 'text', (1, 2)):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print('no argument:', e.code)
print('leaving')
sys.exit('fatal: giving up')
