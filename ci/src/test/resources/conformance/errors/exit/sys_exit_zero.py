# sys.exit(0) and sys.exit() end the program successfully, after finally blocks run.
import sys
try:
    print('in try')
    sys.exit(0)
finally:
    print('finally still runs')
