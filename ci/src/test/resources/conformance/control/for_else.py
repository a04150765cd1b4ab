# for loops over many iterables, for/else, break, continue, loop variables after the loop.
for i in range(3):
    print('range', i)
for ch in 'ab':
    print('str', ch)
for k in {'x': 1, 'y': 2}:
    print('dict key', k)
for k, v in {'x': 1, 'y': 2}.items():
    print('item', k, v)
for n in [10, 20, 30]:
    if n == 20:
        continue
    print('list', n)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print('nested', a, b, c)
print('loop var after loop:', n, a, b, c)
for x in [1, 3, 5]:
    if x % 2 == 0:
        print('found even', x)
        break
else:
    print('no even number')
for x in [1, 4, 5]:
    if x % 2 == 0:
        print('found even', x)
        break
else:
    print('no even number')
for _ in []:
    print('never')
else:
    print('empty loop else')
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print('pair', i, j)
    else:
        print('inner else never')
matrix = [[1, 2], [3, 4]]
for row in matrix:
    for value in row:
        print(value, end=' ')
    print()
items = [1, 2, 3]
for item in items:
    if item == 2:
        items.append(99)
    if len(items) > 5:
        break
print(items)
total = 0
for i in range(200000):
    if i % 3:
        continue
    total += i
print(total)
