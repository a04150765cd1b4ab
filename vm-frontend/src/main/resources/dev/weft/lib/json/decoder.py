"""JSON decoding: JSONDecoder and JSONDecodeError over weft's _json scanner.

The scanner (Java) follows CPython 3.11's C scanner step for step and answers either the value
or the message and code-point position of the first error, which become JSONDecodeError here.
"""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """A document that is not JSON: msg, doc, pos, and the line and column of pos."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONDecoder(object):
    """Decodes JSON text, with CPython's hooks: object_hook, object_pairs_hook, parse_float,
    parse_int, parse_constant, and strict (control characters inside strings refused)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _run(self, s, raw=None):
        parse_float = None if self.parse_float in (None, float) else self.parse_float
        parse_int = None if self.parse_int in (None, int) else self.parse_int
        r = _json.decode(s, self.object_hook, self.object_pairs_hook, parse_float, parse_int,
                         self.parse_constant, self.strict, raw)
        if not r[0]:
            raise JSONDecodeError(r[1], s, r[2])
        return r[1] if raw is None else (r[1], r[2])

    def decode(self, s):
        return self._run(s)

    def raw_decode(self, s, idx=0):
        """The value at the start of s[idx:] and where it ends (text after it allowed)."""
        return self._run(s, idx)
