# int + - * and unary operators, small and arbitrary precision.
a, b = 17, 5
print(a + b, a - b, a * b, -a, +a, ~a, -(-a))
print(b - a, -a * b, -a - b)
big = 2 ** 100
print(big, big + 1, big - 1, big * big)
print(big * -3, -big + big, big - big * 2)
f = 1
for i in range(1, 31):
    f *= i
print('30! =', f)
print(f // (2 ** 26), f % 1000003)
x = 12345678901234567890
y = 98765432109876543210
print(x + y, x - y, x * y)
print(y // x, y % x, -y // x, -y % x)
print(sum(range(1, 1001)), sum(i * i for i in range(100)))
print(10 ** 30 // 7, 10 ** 30 % 7)
fib = [0, 1]
for _ in range(120):
    fib.append(fib[-1] + fib[-2])
print(fib[50], fib[100], fib[120])
print(abs(-big), abs(big), abs(0), abs(-7))
print(True + True, True * 10, False - 1, -True)
print(int('-0'), 0 == -0, (-0).__class__.__name__)
print(7 * 0, 0 * -7, 2 ** 0, 0 ** 0, 1 ** 1000)
