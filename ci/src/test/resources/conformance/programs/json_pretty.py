# A JSON-like serializer, pretty printer and parser written in Python, round-tripping nested
# data: recursion, isinstance dispatch, string escapes, float repr, and error positions.

class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__('%s at position %d' % (message, pos))
        self.pos = pos

ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f'}

def quote(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            code = ord(ch)
            if code > 0xffff:
                code -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff)))
            else:
                out.append('\\u%04x' % code)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)

def dumps(value, indent=None, level=0):
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float('inf'), float('-inf')):
            raise ValueError('cannot encode %r' % value)
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, (list, tuple)):
        items = [dumps(v, indent, level + 1) for v in value]
        return wrap('[', ']', items, indent, level)
    if isinstance(value, dict):
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError('keys must be str, not ' + type(k).__name__)
            items.append(quote(k) + ': ' + dumps(v, indent, level + 1))
        return wrap('{', '}', items, indent, level)
    raise TypeError('cannot encode object of type ' + type(value).__name__)

def wrap(open_, close, items, indent, level):
    if not items:
        return open_ + close
    if indent is None:
        return open_ + ', '.join(items) + close
    pad = ' ' * (indent * (level + 1))
    return open_ + '\n' + ',\n'.join(pad + i for i in items) + '\n' + ' ' * (indent * level) + close

class Parser:
    def __init__(self, text):
        self.text, self.pos = text, 0

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in ' \t\n\r':
            self.pos += 1

    def parse(self):
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            raise ParseError('trailing data', self.pos)
        return value

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            raise ParseError('unexpected end', self.pos)
        ch = self.text[self.pos]
        if ch == '{':
            return self.obj()
        if ch == '[':
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (('null', None), ('true', True), ('false', False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos] == '}':
            self.pos += 1
            return result
        while True:
            self.skip()
            key = self.string()
            self.skip()
            self.expect(':')
            result[key] = self.value()
            self.skip()
            if self.text[self.pos] == '}':
                self.pos += 1
                return result
            self.expect(',')

    def arr(self):
        self.pos += 1
        result = []
        self.skip()
        if self.text[self.pos] == ']':
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            if self.text[self.pos] == ']':
                self.pos += 1
                return result
            self.expect(',')

    def expect(self, ch):
        if self.pos >= len(self.text) or self.text[self.pos] != ch:
            raise ParseError('expected %r' % ch, self.pos)
        self.pos += 1

    def string(self):
        self.expect('"')
        out = []
        while True:
            if self.pos >= len(self.text):
                raise ParseError('unterminated string', self.pos)
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return ''.join(out)
            if ch != '\\':
                out.append(ch)
                continue
            esc = self.text[self.pos]
            self.pos += 1
            if esc == 'u':
                code = int(self.text[self.pos:self.pos + 4], 16)
                self.pos += 4
                if 0xd800 <= code < 0xdc00 and self.text.startswith('\\u', self.pos):
                    low = int(self.text[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                out.append(chr(code))
            else:
                out.append({'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f'}.get(esc, esc))

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in '+-0123456789.eE':
            self.pos += 1
        token = self.text[start:self.pos]
        if not token:
            raise ParseError('unexpected character %r' % self.text[start], start)
        try:
            return float(token) if any(c in token for c in '.eE') else int(token)
        except ValueError:
            raise ParseError('bad number %r' % token, start) from None

document = {
    'name': 'Weft',
    'version': [0, 1, 0],
    'ratio': 0.1 + 0.2,
    'big': 2 ** 80,
    'flags': {'gil': False, 'stm': True, 'jit': None},
    'text': 'tab\there "quoted" back\\slash\nnewline é 😀',
    'nested': [[], {}, [1, [2, [3, {'deep': 'yes'}]]]],
    'floats': [1.0, -0.5, 1e100, 1.5e-7, 123456.789],
}
compact = dumps(document)
print(compact)
pretty = dumps(document, indent=2)
print(pretty)
back = Parser(pretty).parse()
print(back == document, Parser(compact).parse() == document, len(compact), len(pretty))
print(dumps(Parser('  [1, 2.5, "x", true, null, {"a": [false]}]  ').parse()))
for bad in ['[1, 2', '{"a" 1}', '[1,, 2]', '"open', '{"k": tru}', '[1] 2', '-', '[1.2.3]']:
    try:
        Parser(bad).parse()
    except ParseError as e:
        print('%-12r ParseError: %s' % (bad, e))
    except IndexError:
        print('%-12r IndexError' % bad)
for bad in [{1: 'int key'}, [float('nan')], object]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
