"""namedtuple, for the collections package: tuple subclasses with named fields.

Weft has no exec, so the class is built with type() and closures rather than from source text.
"""

from keyword import iskeyword as _iskeyword


def _cannot_set(self, value):
    raise AttributeError("can't set attribute")


def _cannot_delete(self):
    raise AttributeError("can't delete attribute")


def _field_getter(index):
    return property(lambda self: self[index], _cannot_set, _cannot_delete,
                    f'Alias for field number {index}')


def _plural(n, word):
    return f'{n} {word}' if n == 1 else f'{n} {word}s'


def _quoted_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_new(typename, field_names, field_defaults):
    """Builds __new__ for a namedtuple, binding arguments as a def with these fields would."""
    num_fields = len(field_names)
    num_required = num_fields - len(field_defaults)
    where = f'{typename}.__new__()'

    def __new__(_cls, *args, **kwargs):
        if len(args) > num_fields:
            if num_required == num_fields:
                takes = _plural(num_fields + 1, 'positional argument')
            else:
                takes = f'from {num_required + 1} to {num_fields + 1} positional arguments'
            given = len(args) + 1
            verb = 'was' if given == 1 else 'were'
            raise TypeError(f'{where} takes {takes} but {given} {verb} given')
        values = list(args)
        for name in kwargs:
            if name not in field_names:
                raise TypeError(f"{where} got an unexpected keyword argument '{name}'")
            if field_names.index(name) < len(args):
                raise TypeError(f"{where} got multiple values for argument '{name}'")
        missing = []
        for i in range(len(args), num_fields):
            name = field_names[i]
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
                values.append(None)
        if missing:
            raise TypeError(f'{where} missing {len(missing)} required positional '
                            f"argument{'s' if len(missing) > 1 else ''}: {_quoted_names(missing)}")
        return tuple.__new__(_cls, values)

    return __new__


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        for name, value in zip(field_names[len(field_names) - len(defaults):], defaults):
            field_defaults[name] = value

    fields = tuple(field_names)
    num_fields = len(fields)
    arg_list = ', '.join(fields)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        values = [kwds.pop(name) if name in kwds else value for name, value in zip(fields, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    def __repr__(self):
        body = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{type(self).__name__}({body})'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': _make_new(typename, fields, field_defaults),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_getter(index)

    result = type(typename, (tuple,), namespace)
    result.__module__ = '__main__' if module is None else module
    result.__qualname__ = typename
    return result
