from bisect import bisect_left, bisect_right, insort_left, insort_right
grades = [60, 70, 80, 90]
print([('FDCBA'[bisect_right(grades, s)]) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 3, 5, 7, 9]
print(bisect_left(a, 5, 0, 2), bisect_left(a, 5, 3), bisect_right(a, 100, 1, 4), bisect_left(a, 0, 2, 2))
x = ['a', 'c']
insort_left(x, 'b', 0, 1)
print(x)
insort_right(x, 'b', 1)
print(x)
f = [1.5, 2.5]
insort_left(f, 2)
print(f)
try:
    bisect_right([1], 1, -2)
except ValueError as e:
    print(type(e).__name__, e)
