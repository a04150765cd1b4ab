'single'
"double"
'''triple
single'''
"""triple
double"""
'it\'s'
"say \"hi\""
'both \' and "'
"it's"
'a' 'b' "c"
'escapes: \n \t \\ \' \" \a \b \f \v \r \0 \7 \77 \101 \x41 \u00e9 \U0001F600'
'named: \N{LATIN SMALL LETTER E WITH ACUTE} \N{BULLET} \N{latin capital letter a}'
'unknown escapes stay: \d \w \q'
'line \
continuation'
r'raw \n \t \\ \''
R"raw"
rb'raw bytes \x00'
Br"x"
bR'x'
RB'x'
b'bytes \x00\xff \n \' "'
b"bytes"
b'a' b'b'
u'unicode'
U'unicode upper'
u'a' 'b'
'a' u'b'
'unicode: é ü 中文 😀'
'\ud800'
'tab\there'
'\x7f\x80\x9f\xa0\xad'
'\u2028\u200b\ufeff'
''
""
''''''
""""""
'''a'b"c'''
"""x""" 'y'
'''
multi
line
'''
b'\7\77\101'
b'\d'
x = ('implicit'
     'concatenation'
     "across lines")
