# import of the program's own sibling module: attributes, module caching, module state.
import _geometry
print(_geometry.PI, _geometry.area(2), _geometry.calls)
r = _geometry.Rect(3, 4)
print(r, r.area(), type(r).__name__, type(_geometry).__name__, _geometry.__name__)
import _geometry
import _geometry as geo
print(geo is _geometry, geo.calls)
geo.calls = 100
print(_geometry.calls, _geometry.area(1), _geometry.calls)
print(_geometry._private, hasattr(_geometry, 'Rect'), callable(_geometry.area))
import sys
print('_geometry' in sys.modules, sys.modules['_geometry'] is geo)
