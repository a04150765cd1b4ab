"""Regular expressions for str, with CPython 3.11's syntax, errors and results.

The engine is weft's _re module: it translates a pattern to java.util.regex once per pattern
text and flags, runs the matching loops, and answers a match as a flat tuple of code-point
spans (start0, end0, start1, end1, ..., lastindex), -1 for a group that did not take part.
This module keeps CPython's objects over it: the flags, Pattern, Match and error, and the
module-level functions with their small cache of compiled patterns.
"""

import _re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L',
           'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']

_MAXSIZE = 9223372036854775807


class RegexFlag(int):
    """The flags: ints that print as re.IGNORECASE|re.MULTILINE, as CPython's enum does."""

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names = []
        for name, bit in _FLAG_ORDER:
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(511 & ~int(self))


_FLAG_ORDER = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
               ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))

A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
NOFLAG = RegexFlag(0)


class error(Exception):
    """A bad pattern or template: msg, and where it is (pattern, pos, lineno, colno)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class _GroupIndex(dict):
    """Pattern.groupindex: a read-only view in CPython, shown as one."""

    def __repr__(self):
        return 'mappingproxy(%s)' % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)


def _flag_text(flags):
    if flags & (LOCALE | UNICODE | ASCII) == UNICODE:
        flags &= ~UNICODE
    names = []
    for name, bit in sorted(_FLAG_ORDER, key=lambda nb: nb[1]):
        if flags & bit:
            names.append('re.' + name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return '|'.join(names)


class Pattern:
    """A compiled pattern: its text, flags and groups, and the matching methods."""

    __slots__ = ('pattern', 'flags', 'groups', 'groupindex', '_id', '_names')

    def __init__(self, pattern, flags):
        r = _re.compile(pattern, flags)
        if r[0] is None:
            raise error(r[1], None if r[2] is None else pattern, r[2])
        self._id = r[0]
        self.pattern = pattern
        self.flags = r[1]
        self.groups = r[2]
        self.groupindex = _GroupIndex(sorted(r[3].items(), key=lambda kv: kv[1]))
        self._names = {index: name for name, index in r[3].items()}

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = _flag_text(self.flags)
        if flags:
            return 're.compile(%s, %s)' % (text, flags)
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _one(self, string, pos, endpos, mode):
        spans = _re.match(self._id, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _re.findall(self._id, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        for spans in _re.scan(self._id, string, pos, endpos):
            yield Match(self, string, pos, endpos, spans)

    def split(self, string, maxsplit=0):
        return _re.split(self._id, string, maxsplit)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        if isinstance(repl, str):
            r = _re.subn(self._id, repl, string, count)
            if r[0] is None:
                raise error(r[1], repl, r[2])
            return r
        if not callable(repl):
            raise TypeError('decoding to str: need a bytes-like object, %s found'
                            % type(repl).__name__)
        pieces = []
        last = 0
        n = 0
        if count < 0:
            return string, 0
        for spans in _re.scan(self._id, string, 0, _MAXSIZE):
            if count and n >= count:
                break
            if last < spans[0]:
                pieces.append(string[last:spans[0]])
            item = repl(Match(self, string, 0, _MAXSIZE, spans))
            if item is not None:
                pieces.append(item)
            last = spans[1]
            n += 1
        if not n:
            return string, 0
        if last < len(string):
            pieces.append(string[last:])
        return ''.join(pieces), n

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Match:
    """One match: the string, the pattern, and where each group matched."""

    __slots__ = ('re', 'string', 'pos', 'endpos', '_spans')

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        n = len(string)
        self.pos = 0 if pos < 0 else min(pos, n)
        self.endpos = 0 if endpos < 0 else min(endpos, n)
        self._spans = spans

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str):
            index = self.re.groupindex.get(g)
            if index is not None:
                return index
        raise IndexError('no such group')

    def _get(self, i, default=None):
        start = self._spans[2 * i]
        if start < 0:
            return default
        return self.string[start:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return self._spans[2 * i], self._spans[2 * i + 1]

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        last = self._spans[-1]
        return None if last < 0 else last

    @property
    def lastgroup(self):
        last = self._spans[-1]
        return None if last < 0 else self.re._names.get(last)

    def expand(self, template):
        r = _re.expand(self.re._id, template, self.string, self._spans)
        if isinstance(r, tuple):
            raise error(r[1], template, r[2])
        return r

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[0], self._spans[1], repr(self.group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    """The Pattern for pattern and flags (a Pattern given back as it is)."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, (bytes, bytearray)):
            raise TypeError('weft: bytes patterns are not supported')
        raise TypeError('first argument must be string or compiled pattern')
    flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def purge():
    """Clears the cache of compiled patterns."""
    _cache.clear()


def template(pattern, flags=0):
    return compile(pattern, flags | TEMPLATE)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """pattern with every character special in a regular expression backslashed."""
    if not isinstance(pattern, str):
        raise TypeError('decoding to str: need a bytes-like object, %s found'
                        % type(pattern).__name__)
    return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
