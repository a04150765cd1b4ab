# Control flow inside functions: early returns in loops, flags, and loops in try blocks.
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, value in enumerate(row):
            if value == target:
                return r, c
    return None
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for t in (5, 9, 1, 10):
    print(t, search(m, t))
def first_duplicate(seq):
    seen = []
    for x in seq:
        if x in seen:
            return x
        seen.append(x)
print(first_duplicate([1, 2, 3, 2, 1]), first_duplicate('abc'))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], max(range(1, 3000), key=collatz))
def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop_with_finally())
def return_in_finally_loop():
    for i in range(3):
        try:
            return 'try %d' % i
        finally:
            print('finally', i)
print(return_in_finally_loop())
