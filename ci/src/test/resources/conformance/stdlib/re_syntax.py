# re: Python's pattern syntax read as CPython reads it: classes ([]a] and [^]...]), escapes
# (\x \u \U \N{} octal), \d \w \s \b Unicode-aware (and under ASCII), ^ $ \A \Z with and
# without MULTILINE, DOTALL, VERBOSE, IGNORECASE, inline and scoped flags, lookarounds,
# backreferences, conditionals, atomic groups and possessive repeats, braces as literals,
# astral characters (indices count code points).
import re

print(re.findall(r'[]a-]', 'a]-b'), re.findall(r'[^]a]', 'a]b'), re.findall(r'[\w-]+', 'a-b c_d'))
print(re.findall(r'[^\W\d]+', 'ab12cd'), re.findall(r'[\s\S]', 'a\n'), re.findall(r'[.]', 'a.b'), re.findall('[&&a]', 'a&'))
print(re.match(r'\x41\u0042\U00000043\N{LATIN SMALL LETTER D}\101', 'ABCdA'), re.match(r'[\0]', '\0'))
print(re.match(r'\08', '\x008'), re.match(r'[\101]', 'A'), re.match(r'[\x00-\x7f]+', 'abc'), re.match(r'\\', '\\'))
print(re.findall(r'\s', ' \t\n\x0b\x0c\r\x1c\x1f\x85\xa0\u2000\u3000x'), len(re.findall(r'\S', 'a\u200b')))
print(re.findall(r'\w+', 'h\u00e9llo w\u00f6rld \u65e5\u672c'), re.findall(r'\d', '\u0661\u06623'), re.findall(r'(?a)\w+', 'h\u00e9llo'))
print(re.findall(r'\w', 'x\u00b2\u00bd'), re.match(r'\w', '\u0301'), re.findall(r'\w+', 'x y', re.ASCII))
print(re.search(r'\bfoo\b', 'a foo.'), re.search(r'\Bo', 'foo'), re.search(r'\b\u00e9', ' \u00e9'))
print(re.findall(r'\b\w', 'ab cd'), re.findall(r'\B', 'ab'), re.search(r'\B', ''), re.search(r'\b', ''))

print(re.match(r'^abc$', 'abc\n'), re.search(r'$', 'ab\n').span(), re.findall('^', 'a\nb\n', re.M), re.findall('$', 'a\nb\n', re.M))
print(re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'), re.search(r'(?m)a$', 'a\nb'), re.findall(r'(?m)$', 'a\n\nb'))
print(re.match('.', '\n'), re.match('.', '\n', re.S), re.match(r'(?s).', '\n'), re.findall('.', 'a\r\u2028b'))
print(re.match(r'(?x) a b  # comment\n c', 'abc'), re.match('(?x)[ a]', ' '), re.match(r'(?x)a\ b', 'a b'))
print(re.match(r'(?x)a#x', 'a'), re.match('a b', 'ab', re.VERBOSE), re.match(r'(?x: a b )c', 'abc'))

print(re.search('a', 'A', re.I), re.search('[a-c]+', 'ABC', re.I), re.search(r'(?i:a)b', 'Ab'), re.search(r'(?i:a)b', 'AB'))
print(re.findall('(?i)[k]', 'kK\u212a'), re.findall(r'(?ia)[k]', 'kK\u212a'), re.match(r'(?i)(A)\1', 'aA'))
print(re.findall(r'(?i)stra\u00dfe', 'STRASSE stra\u00dfe STRA\u00dfE'), re.match('(?i)\u00df', 'SS'), re.match(r'(?-i:a)', 'a', re.I))
print(re.match(r'(?i)[^a]', 'A'), re.search('(?im)^b', 'a\nB').span(), re.match(r'(?s:.)(?-s:.)?', '\n\n').span())

print(re.match(r'(?<=a)b', 'ab'), re.search(r'(?<=a)b', 'ab'), re.search(r'(?<!a)b', 'ab cb'))
print(re.search(r'(?<![a-z])\d', 'a1 2').start(), re.search(r'(?<=\d{2})x', '12x').start())
print(re.findall(r'(?=(\w\w))', 'abcd'), re.findall(r'\w+(?!\d)', 'ab1 cd'), re.match(r'(?!)|a', 'a'))
print(re.match(r'(?P<a>.)(?P=a)', 'xx'), re.match(r'(a)\1', 'aa'), re.match(r'(a)\1{2}', 'aaa'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk').span(), re.match(r'(a)\1', 'ab'))
print(re.match(r'(x)?(?(1)a|b)', 'xa'), re.match(r'(x)?(?(1)a|b)', 'b'), re.match(r'(?P<q>")?\w+(?(q)")', '"ab"'))
print(re.match(r'(?P<q>")?\w+(?(q)")', 'ab"'), re.match(r'(a)?(?(1)b)c', 'c'))
print(re.match(r'a++', 'aaa'), re.match(r'(?>a+)a', 'aaa'), re.match('a*+a', 'aa'), re.match('(?>a|ab)c', 'abc'))
print(re.match(r'x*', 'xxx').end(), re.match(r'x*?', 'xxx').end(), re.match(r'x{2,}?', 'xxx').end(), re.match(r'(?:ab)+?', 'abab'))
print(re.match('a{2,3}', 'aaaa'), re.match('a{,2}', 'aaa'), re.match('a{', 'a{'), re.match('a{1,2', 'a{1,2'))
print(re.match('a{}', 'a{}'), re.match('a{x}', 'a{x}'), re.match('{', '{'), re.match('a{3}', 'aaaa'), re.findall(r'a{0}', 'aa'))
print(re.match(r'(a*)*', 'b').groups(), re.match(r'(a|b)*', 'ab').groups(), re.match(r'(?:(a)|b)+', 'ab').groups())
print(re.match(r'(?:)*', 'a'), re.match('(|a)+', 'aa'), re.match(r'a(?#comment)b', 'ab'))

s = 'a\u00e9\U0001F600b\U0001F601c'
print(re.search('b', s).span(), re.findall('.', s), re.sub('\U0001F600', 'X', s), re.split('(\U0001F601)', s))
print(re.match('[\U0001F600-\U0001F602]+', '\U0001F601\U0001F602x'), re.compile(r'\w').search(s, 3))
print([m.span() for m in re.finditer(r'\w', s)], re.sub(r'(.)', r'\1\1', 'a\U0001F600'))
s = 'a \U0001D400b \U0001D401'
print(re.findall(r'\b\w', s), re.findall(r'\w\b', s), re.findall(r'\B\w', s), [m.span() for m in re.finditer(r'\b', s)])
print(re.findall(r'(?<=\U0001D400)b', s), re.findall(r'(?<=\w)\w', s), re.search(r'(?m)^\U0001D401', 'x\n\U0001D401'))
print(re.split(r'\b', s), re.sub(r'\b', '|', s))
