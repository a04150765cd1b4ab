# json: JSONDecodeError for bad documents, with CPython's message, pos, lineno and colno
# (positions in code points), its place in the exception hierarchy, loads of a non-str, and
# an uncaught error at the end.
import json

for s in ['', '  ', '[1,]', '{"a":1,}', '{', '[', '"abc', '{"a" 1}', '{1:2}', '[1 2]', 'nul', '-', '1.', '01',
          '"\\x"', '"\\u12"', '"a\nb"', '[1]x', 'tru', '{"a"', '{"a":', '{"a":1', '[1', '[1,', '"\\', '"\\u12x4"',
          '["a\\"]', ' \n [1,\n  ]', '1e', '-a', '[-]', '{"":1 "b":2}', '"😀" x', '[1,2', '{,}', '{"a":1 ,  ,}',
          '"\\ud83d\\ude00', '"\\ud83d\\uzz00"', '\ufeff[]', '[1]\n\n  x', 'infinity', "{'a': 1}", '"\x00"', '[.5]']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == s)
try:
    json.loads('[1, 2')
except ValueError as e:
    print('ValueError', type(e).__name__, isinstance(e, json.JSONDecodeError), e.doc)
for v in [5, None, [1]]:
    try:
        json.loads(v)
    except TypeError as e:
        print('TypeError', e)
print(json.JSONDecodeError('msg', 'a\nbc', 3))
json.loads('{"key": value}')
