from . import _inner
NAME = 'pathpkg ' + _inner.NAME
