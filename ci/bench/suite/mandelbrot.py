"""Mandelbrot: escape-time iteration z = z*z + c over a grid of the complex plane, on Python's
complex numbers. Prints the count of points in the set, a checksum of iteration counts, a
checksum of the final |z|**2 of the escaped points (rounded, so every runtime prints the same
line) and a coarse ASCII picture."""

WIDTH = 1000
HEIGHT = 700
MAX_ITER = 80


def escape_time(c, limit):
    z = 0j
    n = 0
    while n < limit:
        if z.real * z.real + z.imag * z.imag > 4.0:
            return n, z
        z = z * z + c
        n += 1
    return limit, z


def main():
    inside = 0
    checksum = 0
    escaped = 0.0
    rows = []
    for y in range(HEIGHT):
        ci = -1.2 + 2.4 * y / HEIGHT
        row = []
        for x in range(WIDTH):
            c = complex(-2.1 + 3.0 * x / WIDTH, ci)
            n, z = escape_time(c, MAX_ITER)
            if n == MAX_ITER:
                inside += 1
            else:
                escaped += abs(z) ** 2
            checksum = (checksum * 31 + n) % 1000000007
            row.append(n)
        rows.append(row)
    chars = " .:-=+*#%@"
    for y in range(0, HEIGHT, 40):
        line = []
        for x in range(0, WIDTH, 15):
            line.append(chars[rows[y][x] * (len(chars) - 1) // MAX_ITER])
        print("".join(line))
    print("inside", inside, "checksum", checksum, "escaped %.6e" % escaped)


main()
