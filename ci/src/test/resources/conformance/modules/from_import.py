# from-import: names, aliases, modules importing modules, and names bound at import time.
from _geometry import area, PI, Rect
from _geometry import calls as calls_at_import
from _textutil import shout, square, circle_area
import _geometry
print(area(1), PI, Rect(1, 2))
print(shout('hello'), square(5), square(5).area(), circle_area(2))
print(calls_at_import, _geometry.calls)
from _geometry import *
print(Rect(7, 7).area(), 'hidden' if '_private' not in dir() else 'visible')
import _textutil
print(_textutil._geometry is _geometry, _textutil.shout('x'))
try:
    from _geometry import nonexistent
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0], '| name:', e.name)
try:
    import _no_such_module
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, isinstance(e, ImportError))
