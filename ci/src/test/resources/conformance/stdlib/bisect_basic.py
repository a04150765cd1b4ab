import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4)
print(b)
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
print(bisect.bisect_right(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'd'), key=lambda r: r[0])
bisect.insort_left(recs, (0, 'z'), key=lambda r: r[0])
print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(type(e).__name__, e)
words = ['apple', 'fig', 'kiwi', 'pear']
print(bisect.bisect(words, 'grape'))
