"""Generators: a pipeline of generator functions and generator expressions (a number source,
filters, maps, sliding windows, chunking, merging two sorted streams, yield from and send).
Each stage pulls from the one before, so nearly all work is generator resumption. Prints the
counts and sums of each pipeline as the checksum."""

N = 1200000


def numbers(seed, count):
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        yield state >> 12


def keep(pred, it):
    for x in it:
        if pred(x):
            yield x


def apply(fn, it):
    for x in it:
        yield fn(x)


def windows(it, size):
    win = []
    for x in it:
        win.append(x)
        if len(win) > size:
            del win[0]
        if len(win) == size:
            yield tuple(win)


def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunked):
    for chunk in chunked:
        yield from chunk


def merge(a, b):
    """Merges two ascending streams into one."""
    a = iter(a)
    b = iter(b)
    x = next(a, None)
    y = next(b, None)
    while x is not None and y is not None:
        if x <= y:
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
    while x is not None:
        yield x
        x = next(a, None)
    while y is not None:
        yield y
        y = next(b, None)


def running_total():
    """A coroutine: send numbers in, get the running total back."""
    total = 0
    while True:
        x = yield total
        total += x


def ascending(start, step, count):
    v = start
    for _ in range(count):
        yield v
        v += step


def main():
    evens = keep(lambda x: x % 2 == 0, numbers(7, N))
    scaled = apply(lambda x: x * 3 + 1, evens)
    count = 0
    total = 0
    for w in windows(scaled, 4):
        count += 1
        total = (total + w[0] - w[3] + w[1] * w[2] % 97) % 1000000007
    print("windows", count, total)

    chunk_sums = [sum(c) for c in chunks(numbers(11, N), 64)]
    print("chunks", len(chunk_sums), sum(chunk_sums) % 1000000007)

    flat = sum(x % 1000 for x in flatten(chunks(numbers(13, N), 7)))
    print("flatten", flat)

    merged = 0
    last = -1
    ordered = True
    for v in merge(ascending(0, 3, N // 2), ascending(1, 5, N // 2)):
        if v < last:
            ordered = False
        last = v
        merged += 1
    print("merge", merged, last, ordered)

    acc = running_total()
    next(acc)
    r = 0
    for x in numbers(17, N // 2):
        r = acc.send(x % 1000)
    acc.close()
    print("send", r)

    squares = sum(x * x for x in range(N) if x % 3)
    nested = sum(sum(1 for _ in range(i % 10)) for i in range(N // 4))
    print("expressions", squares, nested)


main()
