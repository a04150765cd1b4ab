# ord, chr, divmod, pow (2 and 3 args), round, hex, oct, bin, abs on numbers.
print(ord('a'), ord('A'), ord('0'), ord(' '), ord('é'), ord('€'), ord('😀'), ord('\n'))
print(chr(97), chr(65), chr(48), chr(233), chr(8364), chr(128512), repr(chr(10)), repr(chr(0)))
print(''.join(chr(ord(c) + 1) for c in 'HAL'), [chr(i) for i in range(0x41, 0x47)])
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
try:
    ord('')
except TypeError as e:
    print('TypeError:', e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(3, 4, 5), pow(10, 100, 97), pow(-1, 5, 3))
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(1234, -2), round(0.5 + 1e-9))
print(hex(0), hex(255), hex(-42), oct(64), oct(-8), bin(10), bin(-3), bin(0), hex(2 ** 70))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(abs(-3), abs(2.5), abs(-0.0), abs(-(2 ** 80)))
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
print(max(ord(c) for c in 'hello'), sum(map(ord, 'abc')), bin(ord('A')))
