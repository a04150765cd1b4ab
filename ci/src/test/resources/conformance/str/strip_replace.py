# strip/lstrip/rstrip with and without chars, replace with count, removeprefix/suffix-free idioms.
s = '   padded text \t\n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abcHELLOcba'.strip('abc'), '...a.b...'.lstrip('.'))
print('www.example.com'.strip('cmowz.'), '0001200'.lstrip('0'), '0001200'.rstrip('0'))
print(repr(''.strip()), repr('   '.strip()), repr('\u3000wide\u3000'.strip()))
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'hello'.replace('l', ''), 'abc'.replace('', '-'))
print('banana'.replace('na', 'NA'), 'banana'.replace('ana', 'X'), 'x'.replace('x', 'xx', 0))
print('one two one'.replace('one', '1', 1), 'aaaa'.replace('aa', 'b'), 'abc'.replace('z', 'q'))
template = 'Dear NAME, your order ORDER ships DATE.'
for name, order, date in [('Ada', '#1', 'Mon'), ('Bob', '#22', 'Tue')]:
    print(template.replace('NAME', name).replace('ORDER', order).replace('DATE', date))
path = '/usr//local///bin/'
while '//' in path:
    path = path.replace('//', '/')
print(path, path.strip('/').split('/'))
print('Hello'.removeprefix('He'), 'Hello'.removesuffix('lo'), 'Hello'.removeprefix('x'))
print('tab\there'.expandtabs(4), 'a\tbc\tdef\t|'.expandtabs())
