"""Mandelbrot: escape-time iteration over a grid of the complex plane, written with pairs of
floats. The issue asks for the complex type; Weft lacks complex for now, so this version
spells z*z + c out on (re, im) floats. Prints the count of points in the set, a checksum of
iteration counts and a coarse ASCII picture."""

WIDTH = 600
HEIGHT = 400
MAX_ITER = 80


def escape_time(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return limit


def main():
    inside = 0
    checksum = 0
    rows = []
    for y in range(HEIGHT):
        ci = -1.2 + 2.4 * y / HEIGHT
        row = []
        for x in range(WIDTH):
            cr = -2.1 + 3.0 * x / WIDTH
            n = escape_time(cr, ci, MAX_ITER)
            if n == MAX_ITER:
                inside += 1
            checksum = (checksum * 31 + n) % 1000000007
            row.append(n)
        rows.append(row)
    chars = " .:-=+*#%@"
    for y in range(0, HEIGHT, 40):
        line = []
        for x in range(0, WIDTH, 15):
            line.append(chars[rows[y][x] * (len(chars) - 1) // MAX_ITER])
        print("".join(line))
    print("inside", inside, "checksum", checksum)


main()
