# json: loads and load of every kind of JSON value (nesting, escapes, surrogate pairs, big
# ints, floats, NaN/Infinity), with the hooks (object_hook, object_pairs_hook, parse_float,
# parse_int, parse_constant), strict, raw_decode, duplicate keys, and a round trip.
import io
import json

for s in ['-Infinity', 'Infinity', 'NaN', '1e5', '1E+2', '-0', '1.5e-3', '"\\ud83d\\ude00"', '"\\ud83dx\\ude00"',
          '123456789012345678901234567890', '-12345678901234567', '1.7976931348623157e309', '[true,false,null]',
          ' {"a": [1, 2.5, {"b": null}], "c": "\\"\\\\\\/\\b\\f\\n\\r\\t"} ', '{"a":1,"a":2,"b":3}', '"\\u00e9\\u00E9"',
          '[]', '{}', '[[]]', '{"": {"": []}}', '"😀é"', '0', '-1.0', '1E400', '2.5E-1', '"\\ud800"', '"\\ud83d\\u0041"',
          ' \t\n\r 7 \n', '[1, "two", 3.0, {"four": [5]}]']:
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__)

print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": [2], "a": 3}', object_pairs_hook=lambda p: p))
print(json.loads('[1.5, 2, NaN, -Infinity]', parse_float=str, parse_int=lambda s: int(s) * 10, parse_constant=lambda c: c))
print(json.loads('[1.10, 100]', parse_float=float, parse_int=int), json.loads('"a\tb"', strict=False))
print(json.loads('{"k": {"x": 1}}', object_hook=lambda d: ('obj', len(d)), object_pairs_hook=None))
print(json.JSONDecoder().raw_decode('[1] extra'), json.JSONDecoder().raw_decode('{"a": 2}'))
print(json.JSONDecoder(object_hook=dict.keys).decode('{"q": 0}'), json.load(io.StringIO('[1, "two"]')))

data = {'name': 'Widget', 'tags': ['a', 'b'], 'price': 9.99, 'stock': None, 'ok': True,
        'nested': {'k': [1, {'z': -2.5e-10}]}, 'text': 'line\nnext "q" \\ é 😀'}
for kw in [{}, {'indent': 4, 'sort_keys': True}, {'ensure_ascii': False}, {'separators': (',', ':')}]:
    s = json.dumps(data, **kw)
    print(json.loads(s) == data, len(s))
