# os: the portable face of the operating system. The system calls come from the built-in
# module posix (interp/OsModule.java), the path arithmetic from posixpath (os.path); this file
# adds what is plain Python: the constants, environ as a mapping, stat_result, makedirs, walk.

import sys
import posixpath as path
from posix import (getcwd, getpid, cpu_count, listdir, mkdir, rmdir, remove, unlink,
                   rename, replace, strerror)
import posix as _posix

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
linesep = "\n"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
error = OSError


def fspath(p):
    """The str of a path-like object: p itself for a str, else p.__fspath__()."""
    if isinstance(p, str):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    result = method(p)
    if not isinstance(result, str):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(p).__name__, type(result).__name__))
    return result


class PathLike:
    """The abstract base of objects that have a file-system path (__fspath__)."""

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__") or NotImplemented


class _Environ(dict):
    """os.environ: the process environment as a dict of str to str."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not " + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not " + type(value).__name__)
        dict.__setitem__(self, key, value)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ(" + dict.__repr__(self) + ")"


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


class stat_result(tuple):
    """os.stat_result: the fields of a stat call, by index (times as int) and by name."""

    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size")
    n_fields = 10
    n_sequence_fields = 10

    def __new__(cls, fields):
        fields = tuple(fields)
        if len(fields) != 10:
            raise TypeError("os.stat_result() takes a 10-sequence (%d-sequence given)" % len(fields))
        self = tuple.__new__(cls, fields[:7] + tuple(int(t) for t in fields[7:]))
        self._times = fields[7:]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])

    def __repr__(self):
        names = self._fields + ("st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(" + ", ".join("%s=%r" % nv for nv in zip(names, self)) + ")"


def stat(p):
    return stat_result(_posix.stat(fspath(p)))


def lstat(p):
    return stat_result(_posix.lstat(fspath(p)))


def makedirs(name, mode=0o777, exist_ok=False):
    """Makes directory name and every missing directory above it."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and every directory below it."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, files = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else files).append(n)
    if topdown:
        yield top, dirs, files
    for d in dirs:
        full = path.join(top, d)
        if followlinks or not path.islink(full):
            yield from walk(full, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


def get_terminal_size(fd=1):
    columns = int(environ.get("COLUMNS", 80))
    lines = int(environ.get("LINES", 24))
    return terminal_size((columns, lines))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%d, lines=%d)" % self
