# modules found through the folders a program adds to sys.path: appended, inserted in front,
# a package there, the first folder that holds a name wins, and a module no folder holds.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
try:
    import _pathmod
except ModuleNotFoundError as e:
    print('before:', type(e).__name__, e)

sys.path.append(os.path.join(here, '_extra'))
import _pathmod
print(_pathmod.WHERE, _pathmod.twice(21), _pathmod.__name__)
print(os.path.basename(_pathmod.__file__), os.path.basename(os.path.dirname(_pathmod.__file__)))

import _pathpkg
print(_pathpkg.NAME, _pathpkg._inner.NAME)
from _pathpkg import _inner
print(_inner is _pathpkg._inner)

# a folder inserted in front hides the same name further on
sys.path.insert(0, os.path.join(here, '_extra2'))
import _shadowed
print(_shadowed.WHERE, os.path.basename(os.path.dirname(_shadowed.__file__)))

sys.path.append(12)  # not a str: skipped
sys.path.append(os.path.join(here, 'no_such_folder'))
try:
    import _nowhere_module
except ImportError as e:
    print('after:', type(e).__name__, e)

# the standard library is still found
import json
print(json.dumps({'a': [1, 2]}))
