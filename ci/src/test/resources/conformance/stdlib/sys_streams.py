# sys: print() follows a reassigned sys.stdout / sys.stderr (a StringIO, None, any object with
# write), print(file=...) writes piece by piece, the records version_info and float_info, and
# the constants. The last uncaught exception goes to the swapped sys.stderr, so none is shown.
import io
import sys


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


r = Recorder()
print('a', 1, None, sep='|', end='.\n', file=r)
print(file=r)
print(r.parts)
old = sys.stdout
sys.stdout = r
print('while redirected', [1, 2])
sys.stdout = old
print(r.parts[-4:])
buf = io.StringIO()
sys.stdout = buf
print('one')
print('two', end='!')
sys.stdout.write('three')
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()))
sys.stdout = None
print('this goes nowhere')
sys.stdout = old
print('back', sys.stdout is sys.__stdout__)
err = io.StringIO()
sys.stderr = err
print('to stderr', file=sys.stderr)
sys.stderr = sys.__stderr__
print(repr(err.getvalue()))
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, sys.version_info.minor)
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info.releaselevel)
major, minor, *rest = sys.version_info
print(major, minor, len(rest), sys.version.startswith('3.11'))
try:
    sys.version_info.major = 4
except AttributeError:
    print('version_info is read-only')
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info)
print(sys.int_info.bits_per_digit, sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.maxunicode)
print(sys.platform, sys.byteorder, isinstance(sys.executable, str), isinstance(sys.path, list))
print(sys.modules['sys'] is sys, sys.modules['io'] is io, sys.getdefaultencoding())
print(sys.getsizeof(0) > 0, sys.getsizeof([1, 2, 3]) > 0, sys.intern('word') == 'word')
print(sys.stdout.write('written\n'), sys.stdout.flush())
sys.stderr = io.StringIO()
raise ValueError('reported to the swapped stderr')
