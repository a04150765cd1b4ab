# sys.exit('message'): the message goes to stderr and the exit status is 1.
import sys
def fail(reason):
    print('fatal problem, exiting')
    sys.exit('error: ' + reason)
fail('configuration missing')
