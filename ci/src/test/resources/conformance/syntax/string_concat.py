# Adjacent string literals concatenate at compile time, also across lines and with f-strings.
a = 'one' "two" '''three'''
print(a)
b = ('first line, '
     'second line, '
     "third line")
print(b)
n = 3
c = ('count: ' f'{n}' ' items' r' \raw')
print(c)
d = 'x' 'y' * 3
print(d)
e = ''.join(['p', 'q']) + 'r' 's'
print(e)
def f():
    return ('ret'
            'urned')
print(f())
print(len('a' 'b' 'c'), 'ab' 'c' == 'abc')
parts = ['%s=%r' % (k, v) for k, v in (('a', 1), ('b', 'two'))]
print(', ' 'joined: ' + '; '.join(parts))
