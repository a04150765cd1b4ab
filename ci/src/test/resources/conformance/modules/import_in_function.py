# Imports inside functions bind local names; a module's top level runs once, on first import.
def use_geometry():
    import _geometry
    return _geometry.area(3)
def use_text():
    from _textutil import shout
    return shout('inside')
print('before any import')
print(use_geometry())
print(use_geometry())
print(use_text())
try:
    _geometry
except NameError as e:
    print('NameError:', e)
import sys
print(sorted(name for name in sys.modules if name.startswith('_geometry') or name.startswith('_textutil')))
