"""Warning control: warn, the filters, showwarning/formatwarning and catch_warnings.

Weft has no frames to inspect (no sys._getframe), so a warning cannot name the line that
issued it: it reports the file "sys" and line 1, as CPython does when stacklevel goes past
the outermost frame, counts as issued by module __main__ whatever stacklevel says, and the
"default" and "module" actions show a message once per text and category rather than once
per location. Message patterns in filters are regular
expressions when the re module is available, and case-insensitive prefixes otherwise.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def _compile(pattern):
    if not pattern:
        return None
    try:
        import re
    except ImportError:
        return _Prefix(pattern)
    return re.compile(pattern, re.I)


class _Prefix:
    """A message pattern matched as a case-insensitive prefix (when weft has no re module)."""

    def __init__(self, pattern):
        self.pattern = pattern
        self._lower = pattern.lower()

    def match(self, text):
        return text.lower().startswith(self._lower)


def _matches(pattern, text):
    return pattern is None or pattern.match(text)


filters = []
defaultaction = 'default'
onceregistry = {}
_registry = {}
_filters_version = 1


def _add_filter(item, append):
    global _filters_version
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version += 1
    _registry.clear()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    _add_filter((action, _compile(message), category, _compile(module) if module else None,
                 lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    global _filters_version
    filters[:] = []
    _filters_version += 1
    _registry.clear()


class WarningMessage:
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f'{{message : {self.message!r}, category : {self._category_name!r}, '
                f'filename : {self.filename!r}, lineno : {self.lineno}, '
                f'line : {self.line!r}}}')


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    s = f'{filename}:{lineno}: {category.__name__}: {message}\n'
    if line:
        s += f'  {line.strip()}\n'
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def _showwarning_orig(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


showwarning = _showwarning_orig


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    # no caller frame to read: CPython's fallback location, attributed to the main module
    warn_explicit(message, category, 'sys', 1, '__main__', None, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = _registry
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """A context manager that copies and, on exit, restores the warnings filter and showwarning."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append(f'module={self._module!r}')
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        self._saved_registry = dict(module._registry)
        self._showwarning = module.showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            module.showwarning = lambda message, category, filename, lineno, file=None, line=None: \
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        module = self._module
        module.filters = self._filters
        module._registry.clear()
        module._registry.update(self._saved_registry)
        module.showwarning = self._showwarning


# CPython 3.11's default filters (a release build without -W or -X dev)
filters[:] = [
    ('default', None, DeprecationWarning, _compile('__main__'), 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
