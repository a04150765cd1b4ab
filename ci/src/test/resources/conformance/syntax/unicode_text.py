# Non-ASCII text in source, identifiers and output; len counts code points.
café = 'crème brûlée'
print(café, len(café))
größe = 3
print(größe * 2)
s = 'Ωμέγα — 日本語 — 😀'
print(s)
print(len(s), s[0], s[-1], s[7:10])
print(s.upper())
print([ord(c) for c in 'é€😀'])
print(chr(0x263A), chr(0x1F40D), '\u2603')
print('naïve'.title(), 'ÉCOLE'.lower())
for ch in 'añ😀':
    print(ch, ord(ch), hex(ord(ch)))
print('x'.join('αβγ'))
print(sorted(['b', 'á', 'a', 'z', 'é']))
