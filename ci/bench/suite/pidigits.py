"""Pi digits: the first N decimal digits of pi by Gibbons' unbounded spigot (big-integer
multiply, add and floor division on numbers that grow to thousands of digits). Prints the
digits ten to a line with a running count, as the benchmark game does, then a digit sum."""

N = 7000


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < n * t:
            yield n
            produced += 1
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def main():
    line = []
    total = 0
    done = 0
    for d in pi_digits(N):
        line.append(str(d))
        total += d
        done += 1
        if len(line) == 10:
            print("%s\t:%d" % ("".join(line), done))
            line = []
    if line:
        print("%s%s\t:%d" % ("".join(line), " " * (10 - len(line)), done))
    print("digit sum", total)


main()
