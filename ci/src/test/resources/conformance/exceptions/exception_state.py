# Exceptions as values: stored, re-raised later, compared by type; sys.exc_info-free state handling.
errors = []
for text in ['10', 'ten', '0', '5']:
    try:
        value = 100 // int(text)
        print(text, '->', value)
    except (ValueError, ZeroDivisionError) as e:
        errors.append(e)
print([type(e).__name__ for e in errors], [str(e) for e in errors])
saved = errors[0]
try:
    raise saved
except ValueError as e:
    print('raised saved:', e is saved)
def wrap(fn):
    try:
        return ('ok', fn())
    except Exception as e:
        return ('err', type(e).__name__)
print(wrap(lambda: 1), wrap(lambda: 1 / 0), wrap(lambda: [][0]), wrap(lambda: {}['x']))
class Result:
    def __init__(self, value=None, error=None):
        self.value, self.error = value, error
    def __repr__(self):
        return 'Ok(%r)' % self.value if self.error is None else 'Err(%s)' % self.error
def safe_div(a, b):
    try:
        return Result(a / b)
    except ZeroDivisionError as e:
        return Result(error=str(e))
print([safe_div(1, n) for n in (1, 2, 0, 4)])
e = KeyError('k')
print(isinstance(e, LookupError), type(e) is KeyError, e.args, e.__traceback__ is None)
try:
    raise e
except KeyError:
    pass
print(e.__traceback__ is not None)
def count_errors(items):
    bad = 0
    for item in items:
        try:
            item.upper()
        except AttributeError:
            bad += 1
    return bad
print(count_errors(['a', 1, 'b', None, 2.0]))
