# User-defined exception classes: hierarchies, extra fields, __str__ overrides, and super().__init__.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, resource, key):
        super().__init__('%s %r not found' % (resource, key))
        self.resource = resource
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return 'invalid %s: %s' % (self.field, self.reason)
class Retryable(AppError):
    retries = 3
def lookup(db, key):
    if key not in db:
        raise NotFound('user', key)
    return db[key]
db = {'ann': 31}
for key in ('ann', 'bob'):
    try:
        print('found', lookup(db, key))
    except NotFound as e:
        print('NotFound:', e, '|', e.resource, e.key, e.args)
try:
    raise Invalid('age', 'must be positive')
except AppError as e:
    print(type(e).__name__, str(e), repr(e.args), e.field)
try:
    raise Retryable('again')
except AppError as e:
    print(repr(e), e.retries, isinstance(e, Retryable))
errors = []
for value in ['1', 'x', '-5', '30']:
    try:
        n = int(value)
        if n < 0:
            raise Invalid('n', 'negative')
        errors.append(('ok', n))
    except ValueError as e:
        errors.append(('ValueError', str(e)))
    except AppError as e:
        errors.append((type(e).__name__, str(e)))
print(errors)
print(issubclass(NotFound, AppError), NotFound.__mro__[1].__name__, [c.__name__ for c in Invalid.__mro__])
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr('x')), str(WithRepr('x')), [WithRepr()])
