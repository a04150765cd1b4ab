# String literal forms: quotes, escapes, raw strings, triple quotes, \x \u \U \N{...}.
print('single', "double", 'it\'s', "say \"hi\"")
print('tab:\tend', 'nl:\\n stays', 'bell\a'.replace('\a', '<BEL>'))
print('\x41\x42\x43', '\u00e9t\u00e9', '\U0001F600' == '\N{GRINNING FACE}')
print('\N{LATIN SMALL LETTER A WITH GRAVE}', '\N{GREEK CAPITAL LETTER OMEGA}')
print('\101\102\060', '\0' == '\x00', len('\0\1\2'))
print(r'raw \n \t \x41', R'C:\new\table', len(r'\n'))
print(r"raw quote \" kept")
s = """triple
double "quotes" inside"""
t = '''triple
single 'quotes' inside'''
print(s)
print(t)
print(len(s), len(t))
u = """\
no leading newline\
 and joined"""
print(u)
print(repr('a\nb'), repr("it's"), repr('say "x"'), repr('both \' and "'))
print(repr('\t\r\x00\x7f\xff\u0100'))
print('line1\
 continued')
print('unknown escape', len('\\'))
print(ascii('é€😀'), repr('é€😀'))
print('\v\f'.isspace(), ord('\v'), ord('\f'), ord('\b'))
