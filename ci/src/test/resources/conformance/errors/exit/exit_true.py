# sys.exit(True) exits with status 1 (True is the int 1); sys.exit(False) would be 0.
import sys
print('exit True')
sys.exit(True)
