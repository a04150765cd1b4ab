# while loops with else, break, continue, and nested loops.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print('n =', n)
else:
    print('while finished normally, n =', n)
n = 0
while True:
    n += 1
    if n > 3:
        break
    print('loop', n)
else:
    print('never printed')
print('after break', n)
def find_divisor(x):
    d = 2
    while d * d <= x:
        if x % d == 0:
            print(x, 'has divisor', d)
            break
        d += 1
    else:
        print(x, 'is prime')
for x in (2, 15, 17, 49, 97, 100):
    find_divisor(x)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            j += 1
            continue
        print(i, j)
        j += 1
    i += 1
count = 0
while count < 1000000:
    count += 7
print(count)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
