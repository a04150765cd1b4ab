# sys.exit(None) is status 0.
import sys
print('bye')
sys.exit(None)
