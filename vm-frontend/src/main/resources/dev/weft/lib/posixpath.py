# posixpath (os.path): POSIX path names as strings. Everything here is string arithmetic except
# the queries (exists, isfile, isdir, getsize...), which ask os.stat.

import posix as _posix

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
altsep = None
devnull = "/dev/null"

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _str(p):
    if isinstance(p, str):
        return p
    import os
    return os.fspath(p)


def normcase(s):
    return _str(s)


def isabs(s):
    return _str(s).startswith("/")


def join(a, *p):
    path = _str(a)
    for b in p:
        b = _str(b)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _str(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _str(p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        # a name made only of leading dots (".bashrc") has no extension
        i = slash + 1
        while i < dot:
            if p[i] != ".":
                return p[:dot], p[dot:]
            i += 1
    return p, ""


def splitdrive(p):
    return "", _str(p)


def basename(p):
    p = _str(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _str(p)
    head = p[:p.rfind("/") + 1]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _str(path)
    if not path:
        return "."
    slashes = 0
    if path.startswith("/"):
        # POSIX keeps a leading "//" as it is; three or more slashes mean one
        slashes = 2 if path.startswith("//") and not path.startswith("///") else 1
    parts = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part != ".." or (not slashes and not parts) or (parts and parts[-1] == ".."):
            parts.append(part)
        elif parts:
            parts.pop()
    path = "/" * slashes + "/".join(parts)
    return path or "."


def abspath(path):
    path = _str(path)
    if not isabs(path):
        path = join(_posix.getcwd(), path)
    return normpath(path)


def realpath(path, *, strict=False):
    return abspath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else _str(start)
    here = [x for x in abspath(start).split("/") if x]
    there = [x for x in abspath(path).split("/") if x]
    common = len(commonprefix([here, there]))
    rel = [pardir] * (len(here) - common) + there[common:]
    return join(*rel) if rel else curdir


def commonprefix(m):
    if not m:
        return ""
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = [_str(p) for p in paths]
    absolute = {p.startswith("/") for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    common = commonprefix(split_paths)
    return ("/" if absolute.pop() else "") + "/".join(common)


def expanduser(path):
    path = _str(path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os
    home = os.environ.get("HOME")
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


def expandvars(path):
    path = _str(path)
    if "$" not in path:
        return path
    import os
    out = []
    i = 0
    while i < len(path):
        c = path[i]
        if c == "$" and i + 1 < len(path):
            if path[i + 1] == "{":
                end = path.find("}", i + 2)
                if end > 0 and path[i + 2:end] in os.environ:
                    out.append(os.environ[path[i + 2:end]])
                    i = end + 1
                    continue
            else:
                j = i + 1
                while j < len(path) and (path[j].isalnum() or path[j] == "_"):
                    j += 1
                if j > i + 1 and path[i + 1:j] in os.environ:
                    out.append(os.environ[path[i + 1:j]])
                    i = j
                    continue
        out.append(c)
        i += 1
    return "".join(out)


def _mode(path, follow=True):
    try:
        st = _posix.stat(_str(path)) if follow else _posix.lstat(_str(path))
    except (OSError, ValueError):
        return None
    return st[0]


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isfile(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFREG


def isdir(s):
    m = _mode(s)
    return m is not None and m & _S_IFMT == _S_IFDIR


def islink(path):
    m = _mode(path, False)
    return m is not None and m & _S_IFMT == _S_IFLNK


def getsize(filename):
    return _posix.stat(_str(filename))[6]


def getmtime(filename):
    return _posix.stat(_str(filename))[8]


def getatime(filename):
    return _posix.stat(_str(filename))[7]


def getctime(filename):
    return _posix.stat(_str(filename))[9]
