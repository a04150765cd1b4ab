# sys.exit deep inside calls and a with block: __exit__ runs, then the status is the code.
import sys
class Guard:
    def __enter__(self):
        print('enter')
    def __exit__(self, *exc):
        print('exit sees', exc[0].__name__)
        return False
def inner():
    with Guard():
        sys.exit(12)
def outer():
    try:
        inner()
    except Exception:
        print('not caught by Exception')
outer()
