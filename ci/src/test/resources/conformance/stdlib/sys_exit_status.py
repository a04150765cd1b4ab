# sys.exit(n) ends the program with status n, skipping the rest; finally blocks still run.
import sys

try:
    print('before')
    sys.exit(7)
finally:
    print('finally runs')
print('never printed')
