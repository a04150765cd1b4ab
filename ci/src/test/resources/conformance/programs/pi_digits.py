# Digits of pi and e with big-integer arithmetic only (Machin's formula and a series with a
# scaled integer), plus a square root by Newton's method. Big-int heavy on purpose.

def arctan_inv(x, scale):
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total

def pi_digits(digits):
    scale = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi // 10 ** 10)

def e_digits(digits):
    scale = 10 ** (digits + 10)
    total = term = scale
    k = 1
    while term:
        term //= k
        total += term
        k += 1
    return str(total // 10 ** 10)

def isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y

pi = pi_digits(800)
print(pi[0] + '.' + pi[1:61])
for i in range(1, len(pi), 60):
    print(pi[i:i + 60])
counts = [pi.count(str(d)) for d in range(10)]
print('digit counts:', counts, sum(counts))
print('first 999999 at', pi.find('999999'))
e = e_digits(300)
print(e[0] + '.' + e[1:51])
print('e digit sum:', sum(int(c) for c in e))
root2 = isqrt(2 * 10 ** 200)
print('sqrt(2) =', str(root2)[0] + '.' + str(root2)[1:81])
print(isqrt(10 ** 40) == 10 ** 20, isqrt(99), isqrt(100), isqrt(2 ** 127 - 1))
fib_a, fib_b = 0, 1
for _ in range(1000):
    fib_a, fib_b = fib_b, fib_a + fib_b
print('fib(1000) has', len(str(fib_a)), 'digits, ends', str(fib_a)[-10:], 'mod 1e9+7 =', fib_a % (10 ** 9 + 7))
f = 1
for k in range(2, 101):
    f *= k
print('100! digit sum', sum(int(c) for c in str(f)), 'trailing zeros', len(str(f)) - len(str(f).rstrip('0')))
print('2**1000 digit sum', sum(int(c) for c in str(2 ** 1000)))
