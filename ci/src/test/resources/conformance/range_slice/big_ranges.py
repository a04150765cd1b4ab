# Ranges whose bounds or length go beyond 48 bits: indexing, slicing, membership, len, iteration.
r = range(10 ** 20)
print(r, r[-1], r[10 ** 19], 10 ** 18 in r, 10 ** 20 in r, r.index(5 * 10 ** 18), r.count(7), r[::10 ** 19], r[5:10], list(r[5:10]))
big = range(2 ** 64, 2 ** 64 + 10, 3)
print(big, len(big), list(big), list(reversed(big)), big.start, big.stop, big.step, big[-1], 2 ** 64 + 3 in big, 2 ** 64 + 4 in big)
print(hash(range(2 ** 70, 2 ** 70 + 1)) == hash(range(2 ** 70, 2 ** 70 + 1, 7)), range(2 ** 70) == range(0, 2 ** 70), bool(range(2 ** 70, 0)))
print(range(-2 ** 60, 2 ** 60, 2 ** 59), list(range(-2 ** 60, 2 ** 60, 2 ** 59)), len(range(-2 ** 60, 2 ** 60, 2 ** 59)))
try:
    len(r)
except OverflowError as e:
    print('OverflowError', e)
for i in range(2 ** 80, 2 ** 80 + 2):
    print(i)
print(sum(range(2 ** 50, 2 ** 50 + 4)), r[-2:], range(5)[2 ** 70:], range(10)[-2 ** 70:3])
