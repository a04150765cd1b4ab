# io: StringIO, an in-memory text file, plus the names of the file classes weft's open()
# answers. StringIO keeps its text as one str and the writes appended at the end since the
# last read in a list (_tail), so a program that builds a long string by many small writes
# costs one join, not one copy per write.

import sys as _sys

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

TextIOWrapper = type(_sys.stdout)
open = open


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


class IOBase:
    pass


class TextIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    """A text file whose contents live in memory: StringIO(initial_value='', newline='\\n')."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._text = self._translate(initial_value)
        self._tail = []
        self._size = len(self._text)
        self._pos = 0
        self._closed = False

    # ---- the buffer

    def _translate(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s

    def _value(self):
        if self._tail:
            self._text = self._text + "".join(self._tail)
            self._tail = []
        return self._text

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    # ---- the file protocol

    @property
    def closed(self):
        return self._closed

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def close(self):
        self._closed = True
        self._text = ""
        self._tail = []

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    def getvalue(self):
        self._check()
        return self._value()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        if self._pos == self._size:
            self._tail.append(s)
        else:
            text = self._value()
            if self._pos > self._size:
                text = text + "\0" * (self._pos - self._size)
            self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        self._size = max(self._size, self._pos)
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        text = self._value()
        start = min(self._pos, self._size)
        end = self._size if size < 0 else min(self._size, start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def _line_end(self, text, start, limit):
        if self._newline == "":
            i = start
            while i < limit:
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    return i + 2 if i + 1 < limit and text[i + 1] == "\n" else i + 1
                i += 1
            return limit
        sep = "\n" if self._newline is None else self._newline
        i = text.find(sep, start, limit)
        return limit if i < 0 else i + len(sep)

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("integer argument expected, got '%s'" % type(size).__name__)
        text = self._value()
        start = min(self._pos, self._size)
        limit = self._size if size < 0 else min(self._size, start + size)
        end = self._line_end(text, start, limit)
        self._pos = max(self._pos, end)
        return text[start:end]

    def readlines(self, hint=-1):
        self._check()
        if hint is None:
            hint = -1
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._value()
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._value()
            self._pos = self._size
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._size:
            self._text = self._value()[:size]
            self._size = size
        return size

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos)


StringIO.__module__ = "_io"
