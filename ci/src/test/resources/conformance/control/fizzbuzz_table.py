# Loops producing formatted text: fizzbuzz, a multiplication table, a triangle, a diamond.
for i in range(1, 31):
    if i % 15 == 0:
        print('FizzBuzz')
    elif i % 3 == 0:
        print('Fizz')
    elif i % 5 == 0:
        print('Buzz')
    else:
        print(i)
for i in range(1, 10):
    print(' '.join('%2d' % (i * j) for j in range(1, 10)))
for i in range(1, 6):
    print(' ' * (5 - i) + '*' * (2 * i - 1))
size = 4
for i in list(range(size)) + list(range(size - 2, -1, -1)):
    print((' ' * (size - i - 1)) + ('#' * (2 * i + 1)))
row = [1]
for _ in range(10):
    print(' '.join(map(str, row)).center(40))
    row = [1] + [row[k] + row[k + 1] for k in range(len(row) - 1)] + [1]
