# range objects: start/stop/step, negative steps, len, indexing, slicing, membership, repr, equality.
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)), list(range(5, 5)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], r.start, r.stop, r.step, r.index(11), r.count(11))
print(r[1:4], r[::-1], r[::2], list(r[::-2]), range(10)[2:8:3])
print(7 in r, 8 in r, 27 in r, 31 in r, -1 in range(-5, 0))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), repr(range(1, 2, 3)))
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(0, -10, -4)), range(10 ** 20)[-1])
print(range(10 ** 20)[10 ** 19], 10 ** 18 in range(0, 10 ** 20, 2))
print(sum(range(101)), max(range(7)), min(range(7, 0, -1)), sorted(range(3), reverse=True))
print(list(reversed(range(1, 10, 2))), list(enumerate(range(3, 6))))
try:
    range(1, 5, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(5)[10]
except IndexError as e:
    print('IndexError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    range(5).index(9)
except ValueError as e:
    print('ValueError:', e)
total = 0
for i in range(1, 100000):
    total += i % 7
print(total)
