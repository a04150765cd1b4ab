"""A loop-heavy program for the first interpreter measurement: integer arithmetic in a while
loop, calls, list indexing and dict updates; prints a checksum."""


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def main():
    best, best_n = 0, 0
    for n in range(1, 60000):
        s = collatz_len(n)
        if s > best:
            best, best_n = s, n
    counts = {}
    data = [i * 7 % 101 for i in range(200000)]
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    total = 0
    for i in range(len(data)):
        total += data[i] * (i & 3)
    print(best_n, best, len(counts), total)


main()
