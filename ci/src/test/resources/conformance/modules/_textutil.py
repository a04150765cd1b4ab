# A helper module that itself imports a sibling helper.
import _geometry
from _geometry import Rect as _Rect
def shout(s):
    return s.upper() + '!'
def square(side):
    return _Rect(side, side)
def circle_area(r):
    return round(_geometry.area(r), 3)
