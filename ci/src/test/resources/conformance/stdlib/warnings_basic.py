# warnings: filters, catch_warnings(record=True), errors from warnings, formatwarning
import warnings


def show(log):
    for w in log:
        print(' ', w.category.__name__, str(w.message), type(w.message).__name__)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn('third', RuntimeWarning, stacklevel=2)
    warnings.warn(FutureWarning('an instance'))
    print(len(log))
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
    print('ignored', len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('repeated')
    warnings.warn('other')
    print('once', len(log))
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.simplefilter('ignore', category=UserWarning)
    warnings.warn('user hidden')
    warnings.warn('runtime shown', RuntimeWarning)
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip')
    warnings.warn('skip this one')
    warnings.warn('keep this one')
    warnings.warn('SKIP uppercase too')
    show(log)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    try:
        warnings.warn('deprecated!', DeprecationWarning)
    except DeprecationWarning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings():
    warnings.filterwarnings('error', category=RuntimeWarning)
    try:
        warnings.warn('rt', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', type(e).__name__, e)
    warnings.filterwarnings('ignore', category=UserWarning)
    warnings.warn('quiet')

try:
    warnings.warn('bad', int)
except TypeError as e:
    print('TypeError', e)

try:
    warnings.simplefilter('loud')
except AssertionError as e:
    print('AssertionError', e)

print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 10)))
print(repr(warnings.formatwarning('msg', DeprecationWarning, 'f.py', 3, '  x = 1  ')))

seen = []


def custom(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__))


with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = custom
    warnings.warn('to custom')
    warnings.warn('again', SyntaxWarning)
print(seen, warnings.showwarning is custom)

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    for _ in range(3):
        warnings.warn('default action')
    print('after reset', len(log))
print(issubclass(UserWarning, Warning), issubclass(DeprecationWarning, Warning))
print([c.__name__ for c in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning,
                            SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning,
                            UnicodeWarning, ResourceWarning)])
