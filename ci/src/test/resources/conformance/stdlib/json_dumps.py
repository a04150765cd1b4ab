# json: dumps and dump with CPython's output: every value type (and subclasses), floats as
# repr, non-str keys, indent (int, str, 0), separators, sort_keys, ensure_ascii, allow_nan,
# skipkeys, default, cls with a default() method, and the errors (unserializable objects,
# bad keys, circular references, out-of-range floats).
import io
import json

print(json.dumps({1: 2, 1.5: 3, True: 4, None: 5, 'x': [1, 2.0, None, True, 'é\n😀\x7f\x1f"\\']}))
print(json.dumps('é😀\x7f\u2028', ensure_ascii=False), json.dumps('\ud800'), json.dumps(''))
print(json.dumps([1, [2, {}], [], {'a': {'b': []}}], indent=2))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent='\t', separators=(',', ':')))
print(json.dumps(1e100), json.dumps(1.0), json.dumps(-0.0), json.dumps(float('inf')), json.dumps(-float('inf')))
print(json.dumps(float('nan')), json.dumps(10**30), json.dumps(-7), json.dumps(0.1 + 0.2), json.dumps(1e-7))
print(json.dumps((1, 2)), json.dumps({'a': (1, [])}, indent=0), json.dumps([1, 2], separators=(',', ':')))
print(json.dumps({2: 1, 1: 2}, sort_keys=True), json.dumps({'a': 1, (1,): 2, 'b': 3}, skipkeys=True))
print(json.dumps({1.5: 0, float('inf'): 1}), json.dumps([1], indent=-1), json.dumps({}, indent=4), json.dumps([[]], indent=2))
print(json.dumps(None), json.dumps(True), json.dumps("x"), json.dumps([None, False]))
print(json.dumps({'z': 1, 'y': [1, 2], 'x': {'w': None}}, indent=3, sort_keys=True))

print(json.dumps({3, 1, 2} and sorted({3, 1, 2}, reverse=True)), json.dumps(range(3), default=list))


class Color:
    def __init__(self, name):
        self.name = name


def encode_color(o):
    if isinstance(o, Color):
        return {'color': o.name}
    raise TypeError('cannot encode ' + type(o).__name__)


print(json.dumps([Color('red'), {'c': Color('blue')}], default=encode_color))


class ComplexEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps(2 + 1j, cls=ComplexEncoder), ComplexEncoder(indent=1).encode({'z': 1j}))
print(''.join(json.JSONEncoder(sort_keys=True).iterencode({'b': 1, 'a': [1]})))


class S(str):
    pass


class I(int):
    pass


class L(list):
    pass


class D(dict):
    pass


print(json.dumps([S('x'), I(5), L([1]), D(a=1), True, False]))
buf = io.StringIO()
json.dump({'x': [1, 2], 'y': 'z'}, buf, indent=1)
print(buf.getvalue())

for f in [lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({float('inf'): 1}, allow_nan=False),
          lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps([1, {2j}]),
          lambda: json.dumps({1: 'a', 'b': 2}, sort_keys=True), lambda: json.dumps(Color('x'), default=encode_color)
          and json.dumps(Color, default=encode_color)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
d = {}
d['self'] = d
for v in [a, d, [a]]:
    try:
        json.dumps(v)
    except ValueError as e:
        print('ValueError', e)
print(json.dumps([[1, 2]] * 2), json.dumps(a, check_circular=False) if False else 'skip')
