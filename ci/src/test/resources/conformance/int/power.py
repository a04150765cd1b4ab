# ** with int exponents, negative exponents give floats, pow with modulus.
print(2 ** 10, 2 ** 64, 3 ** 40, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(2, 10), pow(2, 100, 1000), pow(3, 200, 1000007), pow(7, 0, 5))
print(pow(-3, 3, 7), pow(5, 3, -7), pow(2, -1, 7), pow(38, -1, 97))
print(pow(2, 0.5), pow(4, -0.5), 9 ** 0.5, 8 ** (1 / 3))
print(10 ** 50)
print(len(str(7 ** 500)), str(7 ** 500)[:20], str(7 ** 500)[-20:])
print(0 ** 5, 1 ** -5, (-1) ** 1001, (-1) ** 1000)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print('ValueError:', e)
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print('ValueError:', e)
def mod_exp(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result
for b, e, m in [(2, 1000, 10 ** 9 + 7), (12345, 6789, 99991), (3, 10 ** 20, 1000)]:
    print(b, e, m, mod_exp(b, e, m), pow(b, e, m))
