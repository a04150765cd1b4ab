# repr of strings: quote choice, escapes of control and non-printable characters.
cases = ['plain', "it's", 'say "hi"', 'both \' and "', '', 'tab\there', 'nl\n', 'back\\slash',
         '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xad', 'é ü ñ', '€ 😀 日本', '\u200b\u2028\ufeff', '\ud800' if False else 'x',
         "'", '"', '\'"', '\r\x0b\x0c']
for c in cases:
    print(repr(c), ascii(c), len(c))
print(repr(['a', "b'", 'c"']), repr(('x',)), repr({'k': 'v'}))
print(str(['a', "b'"]), str({'é': '\n'}))
print(repr(repr('x')), repr(str(5)), eval(repr('it\'s "q"')) if False else 'no eval')
