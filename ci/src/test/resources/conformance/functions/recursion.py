# Recursion: factorial, fibonacci, mutual recursion, tree walks, permutations, hanoi, deep recursion.
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(0), fact(10), fact(50))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append(items[i:i + 1] + rest)
    return out
print(permutations([1, 2, 3]), len(permutations('abcde')))
moves = []
def hanoi(n, src, dst, via):
    if n:
        hanoi(n - 1, src, via, dst)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src)
hanoi(4, 'A', 'C', 'B')
print(len(moves), moves[:5])
def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
import sys
print(sys.getrecursionlimit())
