# exit() raises SystemExit, which can be caught; quit is the same; sys.exit too. Ends with status 0.
import sys
try:
    exit(5)
except SystemExit as e:
    print('caught exit:', e.code, repr(e))
try:
    quit('bye')
except SystemExit as e:
    print('caught quit:', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('caught sys.exit:', e.code)
try:
    sys.exit([1, 2])
except SystemExit as e:
    print('caught list code:', e.code)
def cleanup():
    try:
        sys.exit(9)
    finally:
        print('finally runs on exit')
try:
    cleanup()
except SystemExit as e:
    print('code', e.code, isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit(1)
except Exception:
    print('not reached: SystemExit is not an Exception')
except BaseException as e:
    print('BaseException handler:', type(e).__name__)
print('exiting with 0')
exit(0)
print('never printed')
