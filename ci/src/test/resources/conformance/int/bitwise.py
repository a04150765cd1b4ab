# & | ^ ~ << >> on small, negative and big ints (two's complement semantics).
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12, -12 << 3, -12 >> 2, -1 >> 100)
big = (1 << 100) - 1
print(big & 0xffff, big | (1 << 200), big ^ (1 << 99), ~big)
print(bin(big >> 90), (big >> 64) & 0xff, -big >> 50)
print(1 << 0, 1 << 63, 1 << 64, 1 << 128, 5 << 70)
print((1 << 128) >> 127, (3 << 200) >> 199, 12345 >> 64)
print(-(1 << 70) & ((1 << 72) - 1), -(1 << 70) | 1, (-(1 << 70)) ^ -1)
x = 0x0f0f_0f0f_0f0f_0f0f_0f0f
print(hex(x & 0xff00ff00ff00ff00ff00), hex(x | 0xf0), hex(x ^ x), hex(~x))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
for n in (0, 1, 255, 256, 2 ** 64 - 1, 12345678987654321):
    print(n, popcount(n), n.bit_length())
try:
    print(1 << -1)
except ValueError as e:
    print('ValueError:', e)
try:
    print(1 >> -1)
except ValueError as e:
    print('ValueError:', e)
print(True & False, True | False, True ^ True, ~True)
