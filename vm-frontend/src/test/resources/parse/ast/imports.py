import a
import a.b
import a.b.c
import a as b
import a.b as c
import a, b
import a as x, b.c as y
from a import b
from a import b as c
from a import b, c
from a import (b, c)
from a import (b, c,)
from a import (b as x,
               c as y)
from a.b import c
from a import *
from . import a
from .. import a
from ... import a
from .... import a
from .a import b
from ..a.b import c
from ...a import b
from . import (a, b)
from __future__ import annotations
